'use client'

import { Link } from '@/components/link'
import { useEffect, useState } from 'react'
import { canSave, savedCopies } from '@/lib/offline/saved-copies'
import { format } from '@/lib/i18n/format'

/** On the home page, only once something is saved on this phone: "Saved guides (2)", linking to the list. */
export function SavedLink({ href, label }: { href: string; label: string }) {
  const [count, setCount] = useState(0)
  useEffect(() => {
    if (canSave())
      savedCopies().then(
        (copies) => setCount(copies.length),
        () => setCount(0),
      )
  }, [])
  return count ? (
    <p className="saved-link">
      <Link href={href}>{format(label, { count })}</Link>
    </p>
  ) : null
}
