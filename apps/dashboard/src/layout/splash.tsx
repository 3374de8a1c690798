import type { ReactNode } from 'react';
import './splash.css';

/** A full-page message while something loads, before any of the console's UI exists. */
export function Splash({ children }: { children: ReactNode }) {
  return (
    <main className="splash" aria-busy="true">
      <p>{children}</p>
    </main>
  );
}
