import { useEffect, useState } from 'react';

/**
 * The time, ticking every `intervalMs`. Only the small parts that show a live time (the freshness
 * badge, the countdown) use it, so the table does not render again every second.
 */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
