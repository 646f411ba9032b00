// ROB-009's burst: the inputs that cost a parser or a planner the most (deep
// nesting, long or-lists, long values, long order_by), sent before the ordinary
// request that must still be answered (judgeStillServing). Their own answers are
// the family checks' business.
import type { RobustnessCase } from './cases.ts';

/** The burst on one list path, most expensive last; `leaf` is a leaf the object accepts (`field[is]:NULL`). */
export function hostileBurst(listPath: string, leaf: string): RobustnessCase[] {
  return [
    { family: 'filter', path: listPath, query: { filter: `${'and('.repeat(60)}${leaf}${')'.repeat(60)}` }, expect: 'client-error', why: 'and() nested 60 deep' },
    { family: 'filter', path: listPath, query: { filter: `or(${Array(150).fill(leaf).join(',')})` }, expect: 'client-error', why: 'or() of 150 leaves' },
    { family: 'filter', path: listPath, query: { filter: `${leaf.replace(/\[is\]:NULL$/, '[eq]:')}"${'('.repeat(900)}"` }, expect: 'client-error', why: '900 open brackets in a value' },
    { family: 'order_by', path: listPath, query: { order_by: Array(200).fill('id').join(',') }, expect: 'client-error', why: 'order_by with 200 items' },
  ];
}
