import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Backsure", template: "%s · Backsure" },
  description: "Is this normal? Check how you feel after a physical therapy session for back pain.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The shared frame of every page: a skip link, the site navigation and the main landmark. Pages render inside
 * <main>; add a navigation entry to NAV_LINKS when a new top-level screen arrives.
 */
const NAV_LINKS = [
  { href: "/check-in", label: "Check in" },
  { href: "/read", label: "Read a page" },
  { href: "/diary", label: "Diary" },
  { href: "/account", label: "Account" },
] as const;

const RootLayout = ({ children }: { children: ReactNode }) => (
  <html lang="en">
    <body>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Backsure
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Backsure supports, and never replaces, your therapist and your doctor. In an emergency,
          call your local emergency number.
        </p>
      </footer>
    </body>
  </html>
);

export default RootLayout;
