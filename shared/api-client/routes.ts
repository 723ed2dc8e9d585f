import { createRoute, type z } from "@hono/zod-openapi";
import * as s from "./schemas.ts";

/**
 * Every gateway route: method, path, request and response schemas. The gateway mounts its
 * handlers on these, OpenAPI is generated from them, and the typed client calls them.
 * Paths are relative to the function (`…/functions/v1/api`).
 */

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true as const,
  content: { "application/json": { schema } },
});
const errors = {
  400: json(s.ErrorBody, "Invalid request (field-level details)"),
  401: json(s.ErrorBody, "Missing or invalid access token"),
  429: json(s.ErrorBody, "Rate limited"),
};
const bearer = [{ bearerAuth: [] }];

export const signInWithGoogle = createRoute({
  method: "post",
  path: "/auth/google",
  tags: ["identity"],
  summary: "Exchange a Google ID token for an access token and a refresh cookie",
  request: { body: jsonBody(s.GoogleSignInBody) },
  responses: { 200: json(s.Session, "Signed in"), ...errors },
});

export const refreshSession = createRoute({
  method: "post",
  path: "/auth/refresh",
  tags: ["identity"],
  summary: "Rotate the refresh cookie; a reused token revokes its whole family",
  responses: { 200: json(s.Session, "New access token"), ...errors },
});

export const logout = createRoute({
  method: "post",
  path: "/auth/logout",
  tags: ["identity"],
  summary: "Revoke the refresh cookie's family",
  responses: { 204: { description: "Signed out" } },
});

export const devIdToken = createRoute({
  method: "post",
  path: "/auth/dev/id-token",
  tags: ["identity"],
  summary: "LOCAL ONLY: a Google-shaped ID token from the local dev JWKS",
  request: { body: jsonBody(s.DevIdTokenBody) },
  responses: { 200: json(s.DevIdToken, "ID token for /auth/google"), ...errors },
});

export const captureSession = createRoute({
  method: "post",
  path: "/vault/capture",
  tags: ["vault"],
  security: bearer,
  summary: "Seal a platform session (cookies) and store it",
  request: { body: jsonBody(s.VaultCaptureBody) },
  responses: { 200: json(s.VaultCaptureResult, "Sealed"), ...errors },
});

export const listConnections = createRoute({
  method: "get",
  path: "/vault",
  tags: ["vault"],
  security: bearer,
  summary: "Platform connections, without secrets",
  responses: { 200: json(s.ConnectionList, "Connections"), ...errors },
});

export const deleteConnection = createRoute({
  method: "delete",
  path: "/vault/{platform}",
  tags: ["vault"],
  security: bearer,
  summary: "Forget a platform session",
  request: { params: s.PlatformParam },
  responses: { 204: { description: "Deleted" }, 404: json(s.ErrorBody, "None"), ...errors },
});

export const uploadResume = createRoute({
  method: "post",
  path: "/resume/upload",
  tags: ["onboarding"],
  security: bearer,
  summary: "Upload a resume (PDF, DOCX or TXT, ≤ 5 MB; 3 an hour) and get persona options",
  request: {
    body: { required: true, content: { "multipart/form-data": { schema: s.ResumeUploadForm } } },
  },
  responses: {
    200: json(s.ResumeUploadResult, "Parsed"),
    413: json(s.ErrorBody, "File over 5 MB"),
    415: json(s.ErrorBody, "Not a PDF, DOCX or text file"),
    422: json(s.ErrorBody, "No text could be read (scanned PDF)"),
    ...errors,
  },
});

export const choosePersona = createRoute({
  method: "post",
  path: "/persona",
  tags: ["onboarding"],
  security: bearer,
  summary: "Choose a persona; starts skill gap, career intel and a full fit scan",
  request: { body: jsonBody(s.PersonaChoiceBody) },
  responses: {
    202: json(s.PersonaAccepted, "Started"),
    404: json(s.ErrorBody, "No such resume"),
    ...errors,
  },
});

export const getDashboard = createRoute({
  method: "get",
  path: "/dashboard",
  tags: ["dashboard"],
  security: bearer,
  summary: "Everything the home screen shows; lists are cursor-paged",
  request: { query: s.DashboardQuery },
  responses: { 200: json(s.Dashboard, "Dashboard"), ...errors },
});

export const updateRoles = createRoute({
  method: "patch",
  path: "/user/roles",
  tags: ["user"],
  security: bearer,
  summary: "Replace target roles (≤ 5); marks fit scores stale",
  request: { body: jsonBody(s.RolesBody) },
  responses: { 200: json(s.RolesResult, "Saved"), ...errors },
});

export const updatePreferences = createRoute({
  method: "patch",
  path: "/user/preferences",
  tags: ["user"],
  security: bearer,
  summary: "Update job and auto-apply preferences",
  request: { body: jsonBody(s.PreferencesBody) },
  responses: {
    200: json(s.UserResult, "Saved"),
    403: json(s.ErrorBody, "Auto-apply needs a paid plan"),
    ...errors,
  },
});

export const createApplication = createRoute({
  method: "post",
  path: "/applications",
  tags: ["applications"],
  security: bearer,
  summary: "Record a manual application (a job id, or url + company + title)",
  request: { body: jsonBody(s.ApplicationCreateBody) },
  responses: {
    201: json(s.Application, "Recorded"),
    404: json(s.ErrorBody, "No such job"),
    409: json(s.ErrorBody, "Already applied"),
    ...errors,
  },
});

export const listApplications = createRoute({
  method: "get",
  path: "/applications",
  tags: ["applications"],
  security: bearer,
  summary: "Applications, newest first, optionally by status",
  request: { query: s.ApplicationListQuery },
  responses: { 200: json(s.ApplicationPage, "A page"), ...errors },
});

export const updateApplication = createRoute({
  method: "patch",
  path: "/applications/{id}",
  tags: ["applications"],
  security: bearer,
  summary: "Move an application along its pipeline (allowed transitions only)",
  request: { params: s.IdParam, body: jsonBody(s.ApplicationPatchBody) },
  responses: {
    200: json(s.Application, "Updated"),
    404: json(s.ErrorBody, "No such application"),
    409: json(s.ErrorBody, "Transition not allowed"),
    ...errors,
  },
});

export const approveApplication = createRoute({
  method: "post",
  path: "/applications/{id}/approve",
  tags: ["applications"],
  security: bearer,
  summary: "Approve an auto application waiting in the review queue",
  request: { params: s.IdParam },
  responses: {
    200: json(s.Application, "Approved"),
    404: json(s.ErrorBody, "No such application"),
    409: json(s.ErrorBody, "Not awaiting review"),
    ...errors,
  },
});

export const rejectApplication = createRoute({
  method: "post",
  path: "/applications/{id}/reject",
  tags: ["applications"],
  security: bearer,
  summary: "Reject an auto application waiting in the review queue",
  request: { params: s.IdParam },
  responses: {
    200: json(s.Application, "Skipped"),
    404: json(s.ErrorBody, "No such application"),
    409: json(s.ErrorBody, "Not awaiting review"),
    ...errors,
  },
});

export const markNotificationRead = createRoute({
  method: "patch",
  path: "/notifications/{id}",
  tags: ["notifications"],
  security: bearer,
  summary: "Mark a notification read",
  request: { params: s.IdParam, body: jsonBody(s.NotificationPatchBody) },
  responses: {
    200: json(s.Notification, "Read"),
    404: json(s.ErrorBody, "No such notification"),
    ...errors,
  },
});

export const checkout = createRoute({
  method: "post",
  path: "/billing/checkout",
  tags: ["billing"],
  security: bearer,
  summary: "Create a Razorpay order or subscription for a plan",
  request: { body: jsonBody(s.CheckoutBody) },
  responses: {
    200: json(s.CheckoutResult, "What Razorpay Checkout needs"),
    502: json(s.ErrorBody, "Razorpay failed"),
    ...errors,
  },
});

export const razorpayWebhook = createRoute({
  method: "post",
  path: "/webhooks/razorpay",
  tags: ["billing"],
  summary: "Razorpay webhook (signed with X-Razorpay-Signature)",
  responses: {
    200: json(s.WebhookResult, "Recorded (or a duplicate)"),
    400: json(s.ErrorBody, "Bad signature or payload"),
  },
});
