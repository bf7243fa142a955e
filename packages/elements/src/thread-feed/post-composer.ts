import type { BodyOf, Post } from '@menteo/sdk';
import type { draftOf, PostLinkTargets, QueryState, QueryStore } from '@menteo/sdk/stores';
import type { html as litHtml, nothing as litNothing, ReactiveController, TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { MenteoElement } from '../internal/menteo-element.js';
import type { Kind } from './post-parts.js';
import { en, es } from './post-composer.strings.js';
import type { en as feedEn } from './thread-feed.strings.js';

// The thread owner's form for a new post, with its "Link to…" picker: loaded with a dynamic
// import() when the feed first renders for its owner, so a reader's page never carries it. Like
// post-actions.ts it imports nothing at run time that the feed also uses (Lit, the stores, the
// localizer come in a kit from the feed): a shared import would cut the feed's own code into one
// more chunk for every reader.

type Link = NonNullable<BodyOf<'createThreadPost'>['link']>;

/** What the composer takes from its feed: Lit, the localizers, the stores it writes and reads. */
export interface PostComposerKit {
  html: typeof litHtml;
  nothing: typeof litNothing;
  /** The feed's localizer: the composer's label, kinds and "Post" are the feed's words. */
  l: LocalizeController<typeof feedEn>;
  /** A localizer on the feed for the picker's strings (made with the feed's `defineStrings`). */
  localize(source: typeof en, es: () => Promise<{ default: typeof en }>): LocalizeController<typeof en>;
  /** The refused-write block (`post-error` part): the message and the request id. */
  error(message: string, error: unknown): TemplateResult;
  /** The kinds of post, in the order the select offers them. */
  kinds: readonly Kind[];
  /** The thread the feed shows, if it knows it yet. */
  threadId(): string | undefined;
  /** A text kept per signed-in person as it is typed (the stores' `draftOf`). */
  draft(key: string): ReturnType<typeof draftOf> | undefined;
  /** What the owner may link to (the stores' `postLinkTargetStores(…).linkTargets()`). */
  linkTargets(): QueryStore<QueryState<PostLinkTargets>> | undefined;
  /** Sends the post through the outbox: shown at once, taken back if refused. */
  create(threadId: string, body: BodyOf<'createThreadPost'>): Promise<Post>;
  /** The level of the feed's title; the composer's hidden heading is one below it. */
  headingLevel(): number;
}

/** A link as the select's value: `kind/group/item` (ids never hold a slash). */
const optionValue = (link: Link): string =>
  link.kind === 'roadmap_step' ? `roadmap_step/${link.roadmapId}/${link.stepId}` : `room_goal/${link.roomId}/${link.goalId}`;

/** The links the owner may pick, by the select's value. */
function choices(targets: PostLinkTargets | undefined): Map<string, Link> {
  const links = new Map<string, Link>();
  for (const { roadmapId, steps } of targets?.roadmaps ?? []) {
    for (const { stepId } of steps) {
      const link: Link = { kind: 'roadmap_step', roadmapId, stepId };
      links.set(optionValue(link), link);
    }
  }
  for (const { roomId, goals } of targets?.rooms ?? []) {
    for (const { goalId } of goals) {
      const link: Link = { kind: 'room_goal', roomId, goalId };
      links.set(optionValue(link), link);
    }
  }
  return links;
}

/** Whether the API refused the post for its `link` (a `422` naming `/link/…`). */
const linkRefused = (error: unknown): boolean =>
  !!(error as { problem?: { errors?: { pointer?: string }[] } } | undefined)?.problem?.errors?.some((e) => e.pointer?.startsWith('/link'));

/**
 * The thread owner's composer: kind, Markdown body and "Link to…" (a native select of their
 * roadmaps' steps and rooms' goals, grouped, with "No link"). The body and the link are drafts
 * kept per person, so both survive a reload; posting shows the post at once (the outbox sends
 * it, offline too), and a refused post gives its words and link back with why.
 *
 * @example
 * ```ts
 * const { PostComposer } = await import('./post-composer.js');
 * this.#composer ??= new PostComposer(this, { html, nothing, l: this.l10n, localize, error, kinds, threadId, draft, linkTargets, create, headingLevel });
 * html`${this.#composer.render(thread.id)}`;
 * ```
 */
export class PostComposer implements ReactiveController {
  readonly #l10n: LocalizeController<typeof en>;
  #kind: Kind = 'update';
  #error: unknown;
  #threadId: string | undefined;
  #followed: unknown[] = [];
  #stops: (() => void)[] = [];

  constructor(
    private readonly host: MenteoElement,
    private readonly kit: PostComposerKit,
  ) {
    host.addController(this);
    this.#l10n = kit.localize(en, es);
    this.hostUpdate();
  }

  // Before each render: the saved draft arrives once the SDK knows who is signed in, and the
  // link targets once asked; follow the current thread's (another thread: a fresh form).
  hostUpdate(): void {
    const threadId = this.kit.threadId();
    if (threadId !== this.#threadId) {
      this.#threadId = threadId;
      this.#kind = 'update';
      this.#error = undefined;
    }
    const stores = threadId ? [this.#body(threadId), this.#link(threadId), this.kit.linkTargets()] : [];
    if (stores.length === this.#followed.length && stores.every((store, i) => store === this.#followed[i])) return;
    this.#stop();
    this.#followed = stores;
    for (const store of stores) if (store) this.#stops.push(store.listen(() => this.host.requestUpdate()));
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #stop(): void {
    for (const stop of this.#stops) stop();
    this.#stops = [];
    this.#followed = [];
  }

  #body = (threadId: string) => this.kit.draft(`post:${threadId}`);
  #link = (threadId: string) => this.kit.draft(`post-link:${threadId}`);

  /** The form, for the thread `threadId`. */
  render(threadId: string): TemplateResult {
    const { html, nothing, l } = this.kit;
    const body = this.#body(threadId);
    const refused = linkRefused(this.#error);
    return html`<form part="composer" @submit=${(e: Event) => this.#submit(e, threadId)}>
      <h3 class="visually-hidden" aria-level=${this.kit.headingLevel() + 1}>${this.#l10n.msg('feedComposer')}</h3>
      <div class="composer-row">
        <label for="kind">${this.#l10n.msg('feedKind')}</label>
        <select part="composer-kind" id="kind" .value=${this.#kind} @change=${(e: Event) => (this.#kind = (e.target as HTMLSelectElement).value as Kind)}>
          ${this.kit.kinds.map((k) => html`<option value=${k} ?selected=${k === this.#kind}>${l.msg(`feedKind_${k}`)}</option>`)}
        </select>
      </div>
      ${this.#renderPicker(threadId, refused)}
      <label for="body">${this.#l10n.msg('feedBody')}</label>
      <textarea part="composer-body" id="body" rows="3" maxlength="10000" .value=${body?.get() ?? ''} @input=${(e: Event) => body?.set((e.target as HTMLTextAreaElement).value)}></textarea>
      ${this.#error ? this.kit.error(refused ? this.#l10n.msg('composerLinkRefused') : this.#l10n.msg('feedPostError'), this.#error) : nothing}
      <button part="composer-button" type="submit">${this.#l10n.msg('feedPost')}</button>
    </form>`;
  }

  /** "Link to…": only once there is something to link (a person on no roadmap and in no room sees none). */
  #renderPicker(threadId: string, refused: boolean): TemplateResult | symbol {
    const { html, nothing, l } = this.kit;
    const targets = this.kit.linkTargets()?.get().data;
    if (!targets || (!targets.roadmaps.length && !targets.rooms.length)) return nothing;
    const a = this.#l10n;
    const link = this.#link(threadId);
    const chosen = link?.get() ?? '';
    const option = (value: string, label: string) => html`<option value=${value} ?selected=${value === chosen}>${label}</option>`;
    // Label above a full-width select, as the body's: a step's full name can be long.
    return html`<label for="link"><bdi>${a.msg('composerLinkLabel')}</bdi></label>
      <select part="composer-link" id="link" aria-invalid=${refused ? 'true' : 'false'} .value=${chosen} @change=${(e: Event) => link?.set((e.target as HTMLSelectElement).value)}>
        ${option('', a.msg('composerLinkNone'))}
        ${targets.roadmaps.map(
          (roadmap) =>
            html`<optgroup label=${roadmap.title}>
              ${roadmap.steps.map((step) =>
                option(
                  optionValue({ kind: 'roadmap_step', roadmapId: roadmap.roadmapId, stepId: step.stepId }),
                  a.msg('composerLinkStep', { index: l.number(step.index), title: step.title, roadmap: roadmap.title }),
                ),
              )}
            </optgroup>`,
        )}
        ${targets.rooms.map(
          (room) =>
            html`<optgroup label=${a.msg('composerLinkRoom', { title: room.title })}>
              ${room.goals.map((goal) => option(optionValue({ kind: 'room_goal', roomId: room.roomId, goalId: goal.goalId }), a.msg('composerLinkGoal', { title: goal.title })))}
            </optgroup>`,
        )}
      </select>`;
  }

  async #submit(event: Event, threadId: string): Promise<void> {
    event.preventDefault();
    const draft = this.#body(threadId);
    const linkDraft = this.#link(threadId);
    const text = draft?.get().trim();
    if (!draft || !text) return;
    // Only a link the picker offers: a saved choice no longer listed is not sent.
    const chosen = linkDraft?.get() ?? '';
    const link = choices(this.kit.linkTargets()?.get().data).get(chosen);
    this.#error = undefined;
    // The outbox now holds the post (in storage, before the first attempt): the drafts can go.
    const sent = this.kit.create(threadId, { kind: this.#kind, body: text, ...(link ? { link } : {}) });
    draft.set('');
    linkDraft?.set('');
    this.host.requestUpdate();
    try {
      const post = await sent;
      this.host.emit('menteo-post-created', { threadId, post });
    } catch (error) {
      // Refused: the post was taken back; its words and link come back unless new ones were chosen.
      this.#error = error;
      if (!draft.get()) draft.set(text);
      if (link && !linkDraft?.get()) linkDraft?.set(chosen);
      this.host.requestUpdate();
    }
  }
}
