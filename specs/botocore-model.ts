/** Types of the botocore service-model JSON format (the subset the suite reads; other fields pass through untouched). */
import { readFileSync } from "node:fs";
import { specFile } from "./service-descriptor.ts";
import { SECURITY_HUB } from "./services/securityhub.ts";

export interface ShapeRef {
  shape: string;
  location?: "querystring" | "header" | "uri" | "headers" | "statusCode";
  locationName?: string;
  deprecated?: boolean;
  documentation?: string;
}

export interface Shape {
  type: "structure" | "list" | "map" | "string" | "integer" | "long" | "boolean" | "timestamp" | "double" | "float" | "blob";
  members?: Record<string, ShapeRef>;
  required?: string[];
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  timestampFormat?: string;
  error?: { httpStatusCode?: number; code?: string; senderFault?: boolean };
  /** A server error (Smithy's `@error("server")`). */
  fault?: boolean;
  exception?: boolean;
  /** Smithy's document type: any JSON value. */
  document?: boolean;
  /** The structure member that is the whole HTTP payload (restJson1 `@httpPayload`), where one is. */
  payload?: string;
  /** A streaming blob or an event stream. */
  streaming?: boolean;
  eventstream?: boolean;
  documentation?: string;
}

export interface Operation {
  name: string;
  http: { method: string; requestUri: string; responseCode?: number };
  input?: { shape: string };
  output?: { shape: string };
  errors?: { shape: string }[];
  documentation?: string;
}

export interface ServiceModel {
  metadata: {
    apiVersion: string;
    endpointPrefix: string;
    protocol: string;
    serviceFullName: string;
    serviceId: string;
    signatureVersion: string;
    signingName: string;
  };
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
}

/** Security Hub's extract, which the suite reads unless told another service. */
export const DEFAULT_MODEL_PATH = specFile(SECURITY_HUB, "extract");

export function readServiceModel(path: string | URL = DEFAULT_MODEL_PATH): ServiceModel {
  return JSON.parse(readFileSync(path, "utf8")) as ServiceModel;
}

export function shapeOf(model: ServiceModel, name: string): Shape {
  const shape = model.shapes[name];
  if (!shape) throw new Error(`service model has no shape named ${name}`);
  return shape;
}

/**
 * The HTTP status of an error shape: the model's, else the restJson1 default Smithy states for an error without
 * `@httpError` — 500 for a server error (`fault`), 400 for a client error.
 */
export function errorStatus(shape: Shape): number {
  return shape.error?.httpStatusCode ?? (shape.fault ? 500 : 400);
}
