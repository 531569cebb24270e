/** The reports layer, as the package exposes it: the certificate's shape. */
export type { BaselineComparison, Certificate, CertificateFinding } from "./certificate.ts";
