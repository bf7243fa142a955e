// The SDK's public helper types are @menteo/api's, the same ones the sandbox types its
// handlers with: one definition of what an operation takes and answers.
export type { Schema, QueryOf, BodyOf, ResultOf, ItemOf } from '@menteo/api';
