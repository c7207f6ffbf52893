import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { plural } from '../dates.ts';
import { href, type Route } from '../router.ts';
import { UnmatchedCountContext } from './unmatched-count.tsx';

const NAV: { label: string; href: string; pages: Route['page'][] }[] = [
  { label: 'Contracts', href: href.contracts(), pages: ['contracts', 'contract', 'verdict'] },
  { label: 'Upload', href: href.upload(), pages: ['upload'] },
  { label: 'Deadlines', href: href.deadlines(), pages: ['deadlines'] },
  { label: 'Calendar feed', href: href.feeds(), pages: ['feeds'] },
  { label: 'Unmatched mail', href: href.mail(), pages: ['mail'] },
];

export function Layout({ route, title, children }: { route: Route; title: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const waiting = useContext(UnmatchedCountContext).count ?? 0;
  // A new page moves keyboard and screen-reader focus to its heading, as a full page load would.
  useEffect(() => {
    document.title = `${title} — Contract notice checker`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      <button type="button" class="skip" onClick={() => heading.current?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <span class="brand">Contract notice checker</span>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => {
              const badge = item.href === href.mail() && waiting > 0 ? waiting : null;
              return (
                <li key={item.href}>
                  <a
                    href={item.href}
                    aria-current={item.pages.includes(route.page) ? 'page' : undefined}
                    // One name, read as a phrase: the badge's bare number means nothing out loud.
                    aria-label={badge === null ? undefined : `${item.label}, ${plural(badge, 'message')} waiting`}
                  >
                    {item.label}
                    {badge !== null && (
                      <span class="badge" aria-hidden="true">
                        {badge}
                      </span>
                    )}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <main id="main">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </>
  );
}
