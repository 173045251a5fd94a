import Link from "next/link";

const NotFound = () => (
  <section className="stack">
    <h1>We couldn&apos;t find that page</h1>
    <p>
      If you followed a link to a result, check that the whole address was copied. Results can only
      be opened with their exact address.
    </p>
    <p>
      <Link href="/check-in">Start a check-in</Link>
    </p>
  </section>
);

export default NotFound;
