import type { ReactNode } from 'react';
import { useNavigationStore } from '../navigation/navigationStore';
import { Icon } from '../shared/Icon';
import { StorageNotice } from './StorageNotice';
import { TeamNav } from '../teamMode/TeamNav';

const NAV = [
  { name: 'home', href: '#/', label: 'Practice', matches: ['home', 'briefing', 'call', 'results', 'replay'] },
  { name: 'history', href: '#/history', label: 'History', matches: ['history'] },
  { name: 'settings', href: '#/settings', label: 'Settings', matches: ['settings'] },
] as const;

/** The frame around every screen: skip link, brand, main navigation and the main landmark. */
export function AppShell({ children }: { children: ReactNode }) {
  const routeName = useNavigationStore((s) => s.route.name);
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <a className="brand" href="#/" aria-label="Dialed In, home">
            <span className="brand-mark">
              <Icon name="phone" size={18} />
            </span>
            <span className="brand-name">Dialed In</span>
          </a>
          <nav className="app-nav" aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.name}>
                  <a href={item.href} aria-current={(item.matches as readonly string[]).includes(routeName) ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <TeamNav />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <StorageNotice />
        {children}
      </main>
    </>
  );
}
