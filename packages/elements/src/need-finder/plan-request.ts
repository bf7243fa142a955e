import { type BaseCore, type BodyOf, Recommendations, type ResultOf } from '@menteo/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the diagnostic sends: the placement, goals, skills, language, time zone and limit. */
export type RecommendationRequest = BodyOf<'createRecommendation'>;
/** The growth plan the API answers: the need, ranked mentors, a roadmap (or `null`) and a suggested thread. */
export type Recommendation = ResultOf<'createRecommendation'>;

/** Where one plan request stands. */
export interface PlanState {
  /** The plan, once it arrived. */
  data?: Recommendation;
  /** Why it failed, once it has. */
  error?: Error;
  /** Asked and not answered yet. */
  loading: boolean;
}

/**
 * Asks for one growth plan at a time (`client.recommendations.create`): a new request aborts the one before, a disconnect aborts
 * it too (asked again on reconnect), and each settled answer renders the host again. A
 * recommendation is a one-off computation for one person's answers, so it is not a shared,
 * cached store.
 *
 * @example
 * ```ts
 * #plan = new PlanRequest(this, () => this.connection.value?.client);
 * this.#plan.load({ placement, goals });
 * ```
 */
export class PlanRequest implements ReactiveController {
  state: PlanState = { loading: false };
  #body: RecommendationRequest | undefined;
  #abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => BaseCore | undefined,
  ) {
    host.addController(this);
  }

  /** The request of the plan on show (or on its way). */
  get body(): RecommendationRequest | undefined {
    return this.#body;
  }

  /** Asks for the plan of `body`, dropping any answer still on its way. */
  load(body: RecommendationRequest): void {
    this.#abort?.abort();
    this.#body = body;
    const client = this.client();
    if (!client) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.state = { loading: true };
    this.host.requestUpdate();
    new Recommendations(client)
      .create(body, { signal: abort.signal })
      .then(
        (data) => ({ data, loading: false }),
        (error: Error) => ({ error, loading: false }),
      )
      .then((state) => {
        if (abort.signal.aborted) return;
        this.state = state;
        this.host.requestUpdate();
      });
  }

  /** Forgets the plan (back to the questions). */
  clear(): void {
    this.#abort?.abort();
    this.#body = undefined;
    this.state = { loading: false };
  }

  hostConnected(): void {
    // Aborted by a disconnect before its answer: ask again.
    if (this.#body && !this.state.data && !this.state.error) this.load(this.#body);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }
}
