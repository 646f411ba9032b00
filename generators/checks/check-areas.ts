// Pure: the one list of areas. A check belongs to one area (its ID's family and
// its catalogue file under areas/), and so does each reference fault: the area
// of the checks meant to catch it. The order is the catalogue's, the order
// reports list areas in; the label is how the self-hoster's view names it.

export const CHECK_AREAS = [
  { id: 'openapi', label: 'OpenAPI document' },
  { id: 'responses', label: 'Response envelopes and schemas' },
  { id: 'auth', label: 'Authentication' },
  { id: 'filters', label: 'Filtering' },
  { id: 'ordering', label: 'Ordering' },
  { id: 'pagination', label: 'Cursor pagination' },
  { id: 'robustness', label: 'Robustness to bad input' },
  { id: 'writes', label: 'Writing records' },
  { id: 'groups', label: 'Grouping records (groupBy)' },
  { id: 'metadata', label: 'Metadata API' },
] as const;

export type CheckArea = (typeof CHECK_AREAS)[number]['id'];

export function isCheckArea(id: string): id is CheckArea {
  return CHECK_AREAS.some((area) => area.id === id);
}

/** How a report names an area; an unknown one by its id. */
export function areaLabel(id: string): string {
  return CHECK_AREAS.find((area) => area.id === id)?.label ?? id;
}

/** The area's place in the list (unknown areas last), for sorting. */
export function areaOrder(id: string): number {
  const index = CHECK_AREAS.findIndex((area) => area.id === id);
  return index === -1 ? CHECK_AREAS.length : index;
}
