// The stores only a writer uses — the owner's composer (its saved draft, what a post may link to)
// and a reader's report — imported with the parts that use them (post-composer.ts,
// post-actions.ts), so an anonymous reader's first load does not carry them.
export { draftOf, moderationStores, postLinkTargetStores } from '@menteo/sdk/stores';
