// A "find a mentor" page in React: Menteo's elements through the typed `@menteo/react`
// wrappers. Properties are props (`mentorId`, `mentor`, `pageSize`, …); events are props too
// (`onMenteoRequestMentorship`, `onMenteoMatchesReady`), typed from the events the elements fire.
import { MenteoMentorCard, MenteoMentorSearch, MenteoNeedFinder, MenteoProvider, MenteoRoadmapStepper } from '@menteo/react';
import type { MenteoMatchesReadyEvent, MenteoRequestMentorshipEvent } from '@menteo/elements';
import { MenteoMentorCard as MentorCardElement } from '@menteo/elements/mentor-card';
import type { MenteoNeedFinder as NeedFinderElement } from '@menteo/elements/need-finder';
import { useCallback, useEffect, useRef, useState } from 'react';

/** A mentor as the elements hold it (the SDK's `Mentor`), without importing the SDK. */
type Mentor = NonNullable<MentorCardElement['mentor']>;

/** The mentor the person picked: always the id (the event's detail), the loaded mentor when the card had one. */
interface Pick {
  mentorId: string;
  mentor: Mentor | undefined;
}

export interface AppProps {
  /** The organization's publishable key: it reads public data (mentors, roadmaps) only. */
  publishableKey: string;
  /** The Menteo API's origin (the sandbox in development). */
  baseUrl: string;
}

/** The roadmap shown beside the picked mentor. */
const roadmapId = 'your-first-90-days-as-a-tech-lead';

export function App({ publishableKey, baseUrl }: AppProps) {
  const [picked, setPicked] = useState<Pick>();
  const [asked, setAsked] = useState(false);
  const [matches, setMatches] = useState<number>();
  const finder = useRef<NeedFinderElement>(null);
  const panel = useRef<HTMLHeadingElement>(null);

  // "Request mentorship" on any result card. The event comes from the card (it crosses the
  // search's shadow root), so the card that fired it is the first in its composed path: it
  // already holds the mentor, and the panel shows it without asking the API again.
  const pick = useCallback((event: MenteoRequestMentorshipEvent) => {
    const card = event.composedPath()[0];
    setPicked({ mentorId: event.detail.mentorId, mentor: card instanceof MentorCardElement ? card.mentor : undefined });
    setAsked(false);
    panel.current?.focus();
  }, []);

  // The need finder's ranked cards fire the same event, but its wrapper has no
  // `onMenteoRequestMentorship` prop (the element does not declare the event it relays), so
  // listen on the element itself; the listener is typed through `HTMLElementEventMap`.
  useEffect(() => {
    const element = finder.current;
    element?.addEventListener('menteo-request-mentorship', pick);
    return () => element?.removeEventListener('menteo-request-mentorship', pick);
  }, [pick]);

  const onMatches = useCallback((event: MenteoMatchesReadyEvent) => setMatches(event.detail.mentorIds.length), []);
  const name = picked?.mentor?.name ?? 'this mentor';

  return (
    <MenteoProvider publishableKey={publishableKey} baseUrl={baseUrl} theme="light">
      <header className="bar">
        <strong>Northwind Academy</strong>
        <span>Mentoring program</span>
      </header>
      <main className="page">
        <h1>Find a mentor</h1>
        <p className="lead">
          Tell us what you need, or browse everyone. Pick a mentor with “Request mentorship” and they appear in your pick, next to the path we suggest for new
          tech leads.
        </p>
        <div className="columns">
          <div className="find">
            {/* The need finder is a titled section of its own ("Find a mentor for what you need now"). */}
            <MenteoNeedFinder ref={finder} limit={3} onMenteoMatchesReady={onMatches} />
            <section aria-labelledby="browse-title">
              <h2 id="browse-title">Browse mentors</h2>
              <MenteoMentorSearch pageSize={6} variant="compact" onMenteoRequestMentorship={pick} />
            </section>
          </div>
          <aside className="side" aria-label="Your pick and your path">
            <section aria-labelledby="picked-title" className="picked">
              <h2 id="picked-title" ref={panel} tabIndex={-1}>
                Your pick
              </h2>
              <p role="status" className="status">
                {picked
                  ? `You picked ${name}.`
                  : matches !== undefined
                    ? `The need finder found ${matches} ${matches === 1 ? 'mentor' : 'mentors'} for you.`
                    : ''}
              </p>
              {picked ? (
                <>
                  <MenteoMentorCard
                    key={picked.mentorId}
                    mentorId={picked.mentorId}
                    mentor={picked.mentor}
                    variant="full"
                    onMenteoRequestMentorship={() => setAsked(true)}
                  />
                  {asked && (
                    <p className="next">
                      Signed in (a user token on the provider), the card opens its own request dialog for {name} and creates the room (see the intranet
                      example).
                    </p>
                  )}
                  <button
                    type="button"
                    onClick={() => {
                      setPicked(undefined);
                      panel.current?.focus();
                    }}
                  >
                    Choose someone else
                  </button>
                </>
              ) : (
                <p className="empty">Nobody yet: choose “Request mentorship” on a mentor.</p>
              )}
            </section>
            <section aria-label="Suggested path">
              <MenteoRoadmapStepper roadmapId={roadmapId} />
            </section>
          </aside>
        </div>
      </main>
    </MenteoProvider>
  );
}
