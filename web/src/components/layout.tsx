import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { href, type Route } from '../router.ts';

const NAV: { label: string; href: string; pages: Route['page'][] }[] = [
  { label: 'Contracts', href: href.contracts(), pages: ['contracts', 'contract', 'verdict'] },
  { label: 'Upload', href: href.upload(), pages: ['upload'] },
  { label: 'Deadlines', href: href.deadlines(), pages: ['deadlines'] },
  { label: 'Calendar feed', href: href.feeds(), pages: ['feeds'] },
];

export function Layout({ route, title, children }: { route: Route; title: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
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
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={item.pages.includes(route.page) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
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
