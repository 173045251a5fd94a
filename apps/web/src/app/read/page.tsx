import type { Metadata } from "next";

import { ReaderScreen } from "~/features/reader/reader-screen";

export const metadata: Metadata = { title: "Read a page" };

const ReadPage = () => (
  <section className="stack">
    <h1>Read a page with Backsure</h1>
    <p className="lead">
      Reading about back pain online? Paste the page here. Backsure marks each symptom it mentions
      and tells you what it would mean for you after physical therapy.
    </p>
    <ReaderScreen />
  </section>
);

export default ReadPage;
