/**
 * The look of the HTML report: one palette (each colour pair keeps a 4.5:1
 * contrast, checked by test/html/style.test.ts) and the inline style sheet.
 * An actor's type shows by colour, by underline style and by a letter, so
 * colour is never the only cue. Pure data.
 */
import type { ActorType } from '../../types.js';

export interface TypeLook {
  /** Shown in the legend and in titles. */
  readonly label: string;
  /** The letter after each mention. */
  readonly letter: string;
  /** CSS text-decoration-style of the underline. */
  readonly underline: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
  /** Letter and underline colour, on `tint`. */
  readonly ink: string;
  /** Background of the mention. */
  readonly tint: string;
}

export const TEXT_COLOR = '#1a1a1a';
export const PAGE_COLOR = '#ffffff';
export const MUTED_COLOR = '#555555';
export const LINK_COLOR = '#1f4e9c';

export const ACTOR_LOOKS: Readonly<Record<ActorType, TypeLook>> = {
  person: { label: 'person', letter: 'P', underline: 'solid', ink: '#1f4e9c', tint: '#e3ecfb' },
  organization: { label: 'organisation', letter: 'O', underline: 'double', ink: '#9a3412', tint: '#fbe7e1' },
  place: { label: 'place', letter: 'L', underline: 'dotted', ink: '#1d6b35', tint: '#e2f3e6' },
  group: { label: 'group', letter: 'G', underline: 'dashed', ink: '#6b2c91', tint: '#f1e6f8' },
  misc: { label: 'other', letter: 'M', underline: 'wavy', ink: '#6b5314', tint: '#f3efe0' },
};

export const DATE_LOOK = { ink: '#7a4b00', tint: '#fff3c4' } as const;

export const SEVERITY_LOOKS = {
  error: { ink: '#a1121d', tint: '#fdecee', sign: '✖' },
  warning: { ink: '#8a4b00', tint: '#fff4e5', sign: '⚠' },
  info: { ink: '#1f4e9c', tint: '#e8f0fb', sign: 'ℹ' },
} as const;

/** Every pair of (text colour, background) the report draws, for the contrast test. */
export function colorPairs(): [string, string][] {
  return [
    [TEXT_COLOR, PAGE_COLOR],
    [MUTED_COLOR, PAGE_COLOR],
    [LINK_COLOR, PAGE_COLOR],
    ...Object.values(ACTOR_LOOKS).flatMap((l): [string, string][] => [
      [TEXT_COLOR, l.tint],
      [l.ink, l.tint],
      [l.ink, PAGE_COLOR],
    ]),
    [TEXT_COLOR, DATE_LOOK.tint],
    [DATE_LOOK.ink, DATE_LOOK.tint],
    [DATE_LOOK.ink, PAGE_COLOR],
    ...Object.values(SEVERITY_LOOKS).flatMap((l): [string, string][] => [
      [l.ink, l.tint],
      [TEXT_COLOR, l.tint],
      [l.ink, PAGE_COLOR],
    ]),
  ];
}

const actorRules = (Object.entries(ACTOR_LOOKS) as [ActorType, TypeLook][])
  .map(
    ([type, l]) =>
      `.m-${type}{background:${l.tint};text-decoration-line:underline;text-decoration-style:${l.underline};text-decoration-color:${l.ink}}` +
      `.m-${type}::after,.k-${type}::before{content:"${l.letter}";color:${l.ink}}`,
  )
  .join('\n');

const severityRules = (Object.entries(SEVERITY_LOOKS) as [string, (typeof SEVERITY_LOOKS)['error']][])
  .map(([s, l]) => `.note.sev-${s}{background:${l.tint};border-left:.3rem solid ${l.ink}}.sev-${s} .sev,.dmark.sev-${s}::before{color:${l.ink}}.dmark.sev-${s}::before{content:"${l.sign}"}`)
  .join('\n');

export const STYLE = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:${TEXT_COLOR};background:${PAGE_COLOR}}
a{color:${LINK_COLOR}}
header.top{padding:1rem 1.25rem;border-bottom:1px solid #ccc}
header.top h1{margin:0 0 .25rem;font-size:1.5rem;line-height:1.3}
.meta,.muted{color:${MUTED_COLOR};font-size:.9rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 20rem;gap:1.5rem;padding:0 1.25rem 2rem;max-width:78rem}
@media (max-width:56rem){.layout{grid-template-columns:minmax(0,1fr)}}
main{min-width:0}
aside.side{font-size:.92rem;min-width:0}
aside.side h2,main h2.part{font-size:1.15rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
article.text p,article.text blockquote{max-width:42rem}
article.text blockquote{margin-left:0;padding-left:1rem;border-left:.25rem solid #ccc}
.k-listItem{padding-left:1.2rem;text-indent:-1.2rem}
.k-listItem::before{content:"•";display:inline-block;width:1.2rem;text-indent:0}
.m{padding:0 .1em;border-radius:.15em;text-underline-offset:.2em;text-decoration-thickness:2px}
.m::after,.k::before{font-size:.62em;font-weight:700;vertical-align:super;margin-left:.1em;line-height:0}
.k::before{margin:0 .35em 0 0}
.date{background:${DATE_LOOK.tint};box-shadow:inset 0 -2px 0 ${DATE_LOOK.ink};padding:0 .1em;border-radius:.15em}
.date.fuzzy{box-shadow:inset 0 -2px 0 ${DATE_LOOK.ink},inset 0 2px 0 ${DATE_LOOK.ink}}
.date::after{content:"";color:${DATE_LOOK.ink};font-size:.62em;vertical-align:super;line-height:0}
.interval{border:1px dashed ${DATE_LOOK.ink};border-radius:.25em;padding:0 .1em}
.s:target{outline:2px solid ${LINK_COLOR};outline-offset:2px;background:#eef3fb}
.m:target,.date:target,.interval:target{outline:2px solid ${TEXT_COLOR}}
.evmark,.dmark{text-decoration:none;font-size:.7em;vertical-align:super;line-height:0;margin:0 .1em}
.evmark::before{content:"◆";color:${LINK_COLOR}}
.dmark::before{font-weight:700}
.raw::before{content:attr(data-raw);font:.85em ui-monospace,monospace;color:${MUTED_COLOR};background:#f2f2f2;padding:0 .15em}
pre.raw{font:.85em/1.4 ui-monospace,monospace;color:${MUTED_COLOR};background:#f5f5f5;padding:.4rem .6rem;white-space:pre-wrap;overflow-wrap:anywhere;max-width:42rem}
.note{margin:.25rem 0 1rem;padding:.4rem .7rem;font-size:.92rem;max-width:42rem}
.note .rule{color:${MUTED_COLOR};font-size:.85em}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;padding:0;margin:.5rem 0;list-style:none;font-size:.9rem}
ul.actors{list-style:none;padding:0;margin:0}
ul.actors>li{margin:0 0 .6rem}
.aliases,.roles{display:block;color:${MUTED_COLOR};font-size:.9em}
.refs{display:block}
.refs a{margin-right:.35rem}
table.dates{border-collapse:collapse;font-size:.88rem;width:100%}
table.dates th,table.dates td{text-align:left;border-bottom:1px solid #e3e3e3;padding:.2rem .3rem;vertical-align:top}
table.dates code{overflow-wrap:anywhere}
.table-wrap{overflow-x:auto}
.timeline-wrap{overflow-x:auto;border:1px solid #ddd;border-radius:.3rem;margin:.5rem 0 1rem}
/* the events as a list: on a narrow screen, where the drawing scrolls sideways; else for screen readers only */
.tl-list{font-size:.92rem;padding-left:1.5rem;margin:.5rem 0 1rem}
.tl-list li{margin:.15rem 0}
@media (min-width:48rem){.tl-list{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}
svg.timeline{display:block;width:100%;min-width:46rem;height:auto;font:12px system-ui,sans-serif}
svg.timeline text{fill:${TEXT_COLOR}}
svg.timeline .axis text,svg.timeline .apart-title{fill:${MUTED_COLOR}}
svg.timeline .axis line{stroke:#bbb}
svg.timeline .guide{stroke:#ccc;stroke-dasharray:2 3}
svg.timeline .bar{fill:${LINK_COLOR}}
svg.timeline .bar.fuzzy{fill:#a9bfe6;stroke:${LINK_COLOR};stroke-dasharray:3 2}
svg.timeline .break{stroke:#999;stroke-width:1.5}
svg.timeline a:hover text,svg.timeline a:focus text{text-decoration:underline}
${actorRules}
${severityRules}
.print-only{display:none}
@media print{
  .print-only{display:inline}
  .screen-only{display:none}
  body{font-size:10.5pt}
  .layout{display:block;padding:0}
  header.top{padding:0 0 .5rem}
  .date::after{content:attr(data-n)}
  .timeline-wrap{overflow:visible;border:0;break-inside:avoid}
  /* the events as a list: on a narrow screen, where the drawing scrolls sideways; else for screen readers only */
.tl-list{font-size:.92rem;padding-left:1.5rem;margin:.5rem 0 1rem}
.tl-list li{margin:.15rem 0}
@media (min-width:48rem){.tl-list{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}
svg.timeline{min-width:0}
  a{color:inherit;text-decoration:none}
  .interval{border:1px dashed ${DATE_LOOK.ink};border-radius:.25em;padding:0 .1em}
.s:target{outline:0;background:none}
  aside.side{break-before:page}
}
`;
