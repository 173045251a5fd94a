/**
 * Asks someone who made a one-off check, signed out, to keep it: signing up from this link saves the check-in
 * into the new account's diary (`/sign-up?save=<id>`; its unguessable id is the proof of having made it).
 */
export const SaveCheckInInvitation = ({ checkInId }: { checkInId: string }) => (
  <section
    className="card stack"
    aria-labelledby="save-check-in-heading"
    data-testid="save-invitation"
  >
    <h2 id="save-check-in-heading">Keep this check-in</h2>
    <p>
      Want to track how this changes? Create an account and keep this check-in in your diary. Once
      it is saved, only you can open it, signed in.
    </p>
    <p>
      <a href={`/sign-up?save=${encodeURIComponent(checkInId)}`}>
        Create an account and save this check-in
      </a>
    </p>
  </section>
);
