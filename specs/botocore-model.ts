/** Types of the botocore service-model JSON format (the subset the suite reads; other fields pass through untouched). */
import { readFileSync } from "node:fs";
import { specFile } from "./service-descriptor.ts";
import { SECURITY_HUB } from "./services/securityhub.ts";

export interface ShapeRef {
  shape: string;
  location?: "querystring" | "header" | "uri" | "headers";
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
  error?: { httpStatusCode: number; code?: string; senderFault?: boolean };
  exception?: boolean;
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
