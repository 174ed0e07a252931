// Facets with counts over the whole result set; choosing one narrows the query with the
// matching field clause, so the query box always shows what is being searched.
import { useTranslation } from 'react-i18next'
import type { Facets, FacetCount } from '../../core/search'

export interface FacetBarProps {
  facets: Facets
  onRefine: (clause: string) => void
}

const shown = 6

/** A field clause for a facet value; values with spaces or quotes are quoted. */
export function facetClause(field: string, value: string): string {
  const quoted = /[\s"]/u.test(value) ? `"${value.replaceAll('"', '')}"` : value
  return `${field}:${quoted}`
}

export function FacetBar({ facets, onRefine }: FacetBarProps) {
  const { t } = useTranslation()
  const groups: { label: string; field: string; counts: readonly FacetCount[] }[] = [
    { label: t('search:facets.tags'), field: '标签', counts: facets.tags },
    { label: t('search:facets.authors'), field: '作者', counts: facets.authors },
    { label: t('search:facets.papers'), field: '报纸', counts: facets.papers },
    { label: t('search:facets.sections'), field: '栏目', counts: facets.sections },
    { label: t('search:facets.years'), field: '日期', counts: facets.years },
    { label: t('search:facets.months'), field: '日期', counts: facets.months },
  ]
  return (
    <div className="facet-bar">
      {groups
        .filter((group) => group.counts.length > 0)
        .map((group) => (
          <div key={group.label} className="facet-group" role="group" aria-label={group.label}>
            <span className="facet-label">{group.label}</span>
            {group.counts.slice(0, shown).map((facet) => (
              <button
                type="button"
                key={facet.value}
                className="facet"
                onClick={() => {
                  onRefine(facetClause(group.field, facet.value))
                }}
              >
                {facet.value} <span className="count">{facet.count}</span>
              </button>
            ))}
          </div>
        ))}
    </div>
  )
}
