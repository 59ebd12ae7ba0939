// Every route the web app's router has, read from its source, so the walk over every page
// (every-page.ts) can prove it missed none. The router is wouter JSX spread over a few
// components (app.tsx, TogetherRoutes.tsx); this reads each component's <Route> elements and
// follows the ones that hand over to another routing component, with `nest` adding its path to
// the base as wouter does. No route list is kept by hand: a new <Route> is found here at once.
import fs from 'node:fs';
import path from 'node:path';

const WEB = path.resolve(import.meta.dirname, '../src/web');

type RouteElement = { path: string | null; nest: boolean; children: string };
type RoutingComponent = { name: string; file: string; routes: RouteElement[]; outside: string };

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [full] : [];
  });
}

/** The top-level function components of a file, with the <Route> elements each renders. */
function functionComponents(file: string): RoutingComponent[] {
  const text = fs.readFileSync(file, 'utf8');
  const starts = [...text.matchAll(/^(?:export )?function (\w+)/gm)];
  return starts.flatMap((start, index) => {
    const body = text.slice(start.index, starts[index + 1]?.index ?? text.length);
    const routes: RouteElement[] = [];
    // Routes are never nested inside one component (nesting goes through another component),
    // so each <Route …> runs to the next </Route>. None is self-closing (checked below).
    const outside = body.replace(
      /<Route\b([^>]*)>([\s\S]*?)<\/Route>/g,
      (_all, attributes: string, children: string) => {
        routes.push({
          path: attributes.match(/\bpath="([^"]*)"/)?.[1] ?? null,
          nest: /\bnest\b/.test(attributes),
          children,
        });
        return '';
      },
    );
    if (/<Route\b/.test(outside))
      throw new Error(`A <Route> in ${start[1]} (${file}) could not be read: self-closing?`);
    return [{ name: start[1] as string, file, routes, outside }];
  });
}

const join = (base: string, route: string) => (route === '/' ? base || '/' : `${base}${route}`);

/**
 * Every route pattern of the web app, as full paths from the root: `:name` for a parameter, and
 * `<base>/*` for a component's "anything else" route (a page not found). A route that hands over
 * to another routing component without `nest` counts as its own path (the other component
 * renders there).
 */
export function routePatterns(): string[] {
  const all = new Map<string, RoutingComponent>();
  for (const file of sourceFiles(WEB))
    for (const component of functionComponents(file)) all.set(component.name, component);
  const tagsIn = (jsx: string) => [...jsx.matchAll(/<([A-Z]\w*)/g)].map((tag) => tag[1] as string);
  // A routing component renders <Route> itself, or renders one that does (such as a frame
  // around the shared record's routes).
  const components = new Map<string, RoutingComponent>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, component] of all) {
      if (components.has(name)) continue;
      const text = component.outside + component.routes.map((route) => route.children).join('');
      if (component.routes.length > 0 || tagsIn(text).some((tag) => components.has(tag))) {
        components.set(name, component);
        grew = true;
      }
    }
  }
  const routersIn = (jsx: string) => tagsIn(jsx).filter((name) => components.has(name));

  const patterns = new Set<string>();
  const reached = new Set<string>();
  function walk(name: string, base: string, trail: string[]): void {
    if (trail.includes(name)) throw new Error(`Routing loop: ${[...trail, name].join(' > ')}`);
    const component = components.get(name) as RoutingComponent;
    reached.add(name);
    for (const inner of routersIn(component.outside)) walk(inner, base, [...trail, name]);
    for (const route of component.routes) {
      const handsOver = routersIn(route.children);
      if (route.path === null) {
        if (handsOver.length === 0) patterns.add(`${base}/*`);
        for (const inner of handsOver) walk(inner, base, [...trail, name]);
      } else if (route.nest && handsOver.length > 0) {
        for (const inner of handsOver) walk(inner, join(base, route.path), [...trail, name]);
      } else {
        patterns.add(join(base, route.path));
      }
    }
  }
  walk('App', '', []);
  const unreached = [...components.values()]
    .filter((component) => component.routes.length > 0 && !reached.has(component.name))
    .map((component) => component.name);
  if (unreached.length > 0)
    throw new Error(`Routing components not reached from App: ${unreached.join(', ')}`);
  return [...patterns].sort();
}

/** Whether `pathname` is one that `pattern` (as routePatterns gives it) matches. */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const source = pattern
    .split('/')
    .map((part) => (part === '*' ? '.+' : part.startsWith(':') ? '[^/]+' : escapeRegExp(part)))
    .join('/');
  return new RegExp(`^${source}/?$`).test(pathname);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
