import { getMDXComponent } from 'mdx-bundler/client'
import type { ComponentType, ReactNode } from 'react'
import type { CompiledBody } from '@/lib/schema/content'

type Part = 'all' | 'prose' | { method: string }
type BlockProps = { children?: ReactNode; kind?: string }
type MdxComponent = ComponentType<{ components: Record<string, ComponentType<BlockProps>> }>

// Evaluating compiled MDX is the costly step of rendering; each body is evaluated once per process.
const evaluated = new Map<string, MdxComponent>()
function componentFor(body: CompiledBody): MdxComponent {
  let component = evaluated.get(body.code)
  if (!component) {
    component = getMDXComponent(body.code) as unknown as MdxComponent
    evaluated.set(body.code, component)
  }
  return component
}

/**
 * An article's MDX body, whole or in part: `prose` is the text outside <Method> blocks,
 * `{ method }` one method's steps. Runs on the server only; nothing here reaches the browser.
 */
export function ArticleBody({ body, part }: { body: CompiledBody; part: Part }) {
  const Body = componentFor(body)
  const shows = (block: 'prose' | string) =>
    part === 'all' || part === block || (typeof part === 'object' && part.method === block)
  // The block components close over `part`: the body is rendered once, on the server, so a new identity per render costs nothing.
  // biome-ignore-start lint/correctness/noComponentHookFactories: see above
  const components: Record<string, ComponentType<BlockProps>> = {
    Prose: ({ children }) => (shows('prose') ? children : null),
    Method: ({ kind, children }) => (kind && shows(kind) ? <div className="steps">{children}</div> : null),
    Tip: ({ children }) => <aside className="callout tip">{children}</aside>,
    Warning: ({ children }) => <aside className="callout warning">{children}</aside>,
  }
  // biome-ignore-end lint/correctness/noComponentHookFactories: see above
  return <Body components={components} />
}
