/** The credentials each played account signs with. */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";

/** Who a request acts as: the account id the suite expects, and how to sign for it. */
export interface Actor {
  accountId: string;
  credentials: AwsCredentialIdentityProvider;
}

/** A stand-in secret: emulators do not verify signatures, but the signature must still be well formed. */
const EMULATOR_SECRET = "conformance-suite-emulator-secret";

/**
 * An account on an emulator following LocalStack's convention: an access key id of exactly 12 digits
 * acts as that account.
 */
export function emulatorActor(accountId: string): Actor {
  if (!/^\d{12}$/.test(accountId)) throw new Error(`an emulator account id must be 12 digits, got ${JSON.stringify(accountId)}`);
  const identity: AwsCredentialIdentity = { accessKeyId: accountId, secretAccessKey: EMULATOR_SECRET };
  return { accountId, credentials: async () => identity };
}

/**
 * A real account signing with a named profile of the shared config and credentials files (or, without
 * one, the default AWS credential chain). A named profile is read from the files even when
 * AWS_ACCESS_KEY_ID is set, so each played account signs as itself.
 */
export function profileActor(accountId: string, profile: string | undefined): Actor {
  // The SDK's providers are loaded on the first request of a real account, never for an emulator run.
  let provider: Promise<AwsCredentialIdentityProvider> | undefined;
  const load = async (): Promise<AwsCredentialIdentityProvider> => {
    const { fromIni, fromNodeProviderChain } = await import("@aws-sdk/credential-providers");
    return profile ? fromIni({ profile }) : fromNodeProviderChain();
  };
  return { accountId, credentials: async () => (await (provider ??= load()))() };
}
