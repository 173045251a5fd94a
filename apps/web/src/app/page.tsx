import Link from "next/link";

const HomePage = () => (
  <section className="stack">
    <h1>Is this normal?</h1>
    <p className="lead">
      Sore after physical therapy for your back? Answer a few questions and Backsure tells you
      whether it is a normal response, something to mention to your therapist, or a reason to get
      help now, and why.
    </p>
    <p>
      <Link className="button" href="/check-in">
        Start a check-in
      </Link>
    </p>
    <p>It takes about two minutes. You don&apos;t need an account.</p>
    <p>
      Reading about back pain online? <Link href="/read">Read a page</Link> with Backsure to see
      which symptoms it mentions and what they would mean for you.
    </p>
  </section>
);

export default HomePage;
