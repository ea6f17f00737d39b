import type { CompanyRef } from '@/lib/views/which-sim'

/** A company's name, linked to its hub when the site has one (a carrier not on the site yet is plain text). */
export function CompanyName({ company }: { company: CompanyRef }) {
  return company.href ? <a href={company.href}>{company.name}</a> : <>{company.name}</>
}

/** Names separated by " · ", each linked where the site has a hub. */
export function CompanyNames({ companies }: { companies: CompanyRef[] }) {
  return (
    <>
      {companies.map((company, index) => (
        <span key={company.id}>
          {index ? ' · ' : ''}
          <CompanyName company={company} />
        </span>
      ))}
    </>
  )
}
