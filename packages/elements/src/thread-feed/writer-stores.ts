// The stores only a writer uses — the owner's composer (its saved draft, what a post may link to),
// the owner's edits of a post and a reader's report — imported with the parts that use them
// (post-composer.ts, post-actions.ts), so an anonymous reader's first load does not carry them.
export { draftOf } from '@menteo/sdk/stores/draft';
export { moderationStores } from '@menteo/sdk/stores/moderation';
export { postLinkTargetStores } from '@menteo/sdk/stores/post-link-targets';
export { threadEditStores } from '@menteo/sdk/stores/thread-edits';
