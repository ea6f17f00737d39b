/** A short run of links separated by middle dots, after a label: "Also by: App · Website". */
export function DotLinks({
  label,
  links,
  className,
}: {
  label: string
  links: Array<{ key: string; href: string; name: string }>
  className?: string
}) {
  return (
    <p className={className}>
      {label}:{' '}
      {links.map((link, index) => (
        <span key={link.key}>
          {index ? ' · ' : ''}
          <a href={link.href}>{link.name}</a>
        </span>
      ))}
    </p>
  )
}
