/**
 * `@menteo/sdk`: the typed client for the Menteo API.
 *
 * @example
 * ```ts
 * import { Menteo } from '@menteo/sdk';
 * const client = new Menteo({ publishableKey: 'pk_test_demo' });
 * for await (const mentor of client.mentors.search({ q: 'rust' })) console.log(mentor.name);
 * ```
 * @packageDocumentation
 */
export { Menteo } from './client.js';
export { MenteoCore, type ClientOptions, type ClientSummary, type Logger } from './core/client-core.js';
export {
  BaseCore,
  requestIdOf,
  type BaseOptions,
  type CredentialKind,
  type RequestOptions,
  type RequestSpec,
  type TokenSource,
} from './core/base-core.js';
export type { APIPromise, WithResponse } from './core/api-promise.js';
export { ETagCache } from './core/etag-cache.js';
export { sdkVersion } from './core/version.js';
export { HTTPError, TimeoutError, type Hooks, type HookOptions, type HookResult } from './core/transport.js';
export { PagePromise, type Page, type ListBody } from './core/pagination.js';
export {
  MenteoError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APITimeoutError,
  type Problem,
  type ProblemCode,
} from './core/errors.js';
export type { Schema, QueryOf, BodyOf, ResultOf, ItemOf } from './core/types.js';
export { Mentors, retrieveMentor, searchMentors, type Mentor, type MentorSearchParams, type MentorList } from './resources/mentors.js';
export { Matches } from './resources/matches.js';
export { Recommendations, type Recommendation } from './resources/recommendations.js';
export { Rooms, RoomGoals, RoomSessions, RoomMessages, RoomAgreement, RoomReviews, type Room, type RoomReview } from './resources/rooms.js';
export { IntroCalls, type IntroCall } from './resources/intro-calls.js';
export { Sandbox, SandboxClock } from './resources/sandbox.js';
export {
  Admin,
  AdminInsights,
  AdminMembers,
  AdminMentors,
  AdminRoadmaps,
  AdminWebhookEndpoints,
  type BulkMemberRow,
  type BulkUpsertResult,
  type InsightFigure,
  type InsightsParams,
  type Member,
  type OrgMentor,
  type OrgRoadmap,
  type WebhookDelivery,
  type WebhookEndpoint,
  type ProgramInsights,
} from './resources/admin/index.js';
export { Roadmaps, RoadmapProgressResource, type Roadmap, type RoadmapProgress } from './resources/roadmaps.js';
export { Threads, ThreadPosts, type Thread, type Post } from './resources/threads.js';
export { Posts, PostReactions, PostComments, type ReactionKind } from './resources/posts.js';
export { Me, Users } from './resources/users.js';
export { Auth } from './resources/auth.js';
export { Tokens, type CreatedPersonalAccessToken, type PersonalAccessToken, type PersonalAccessTokenScope } from './resources/tokens.js';
export { SignInError } from './resources/oauth/sign-in-error.js';
export type { SignInOptions, SignInResult } from './resources/oauth/sign-in.js';
export {
  Events,
  type Event as MenteoEvent,
  type EventType,
  type EventParams,
  type StreamOptions,
  type SubscribeOptions,
  type Subscription,
} from './realtime/events.js';
export * from './webhooks/index.js';
