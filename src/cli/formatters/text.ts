/**
 * `--format text`: a readable summary of one article (title, sections,
 * people with roles, organisations, places, timeline, diagnostics). Pure:
 * colour is an option.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Actor, Article, Diagnostic, Section } from '../../types.js';
import { timelineLines } from './timeline.js';

function sectionLines(sections: readonly Section[], c: ChalkInstance, indent = ''): string[] {
  return sections.flatMap((s) => {
    const count = s.paragraphs.length;
    const label = s.title ?? c.dim('(before the first heading)');
    const own = s.title === null && count === 0 ? [] : [`${indent}- ${label} ${c.dim(`(${count} paragraph${count === 1 ? '' : 's'})`)}`];
    return [...own, ...sectionLines(s.sections, c, `${indent}  `)];
  });
}

function actorLine(a: Actor, c: ChalkInstance): string {
  const extra = [
    a.kind ? a.kind : null,
    a.roles.length ? a.roles.join(', ') : null,
    a.aliases.length ? `also ${a.aliases.join(', ')}` : null,
    `${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}`,
  ].filter((x): x is string => x !== null);
  return `  ${c.bold(a.name)} ${c.dim('—')} ${extra.join('; ')}`;
}

function diagnosticLine(d: Diagnostic, c: ChalkInstance): string {
  const where = d.span ? `${d.span.start.line}:${d.span.start.column}` : '-';
  const severity = d.severity === 'error' ? c.red(d.severity) : d.severity === 'warning' ? c.yellow(d.severity) : c.blue(d.severity);
  return `  ${where.padEnd(7)} ${severity}  ${d.message}  ${c.dim(d.ruleId)}`;
}

/** The text view of one article. */
export function formatText(article: Article, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  const heading = (title: string) => out.push('', c.bold.underline(title));
  const title = article.title ?? article.file;
  out.push(c.bold(title));
  const ref = article.referenceDate.value ? `${article.referenceDate.value} (${article.referenceDate.source})` : 'none';
  out.push(c.dim(`${article.file} · ${article.lang} · reference date ${ref}`));

  heading('Sections');
  const sections = sectionLines(article.sections, c);
  out.push(...(sections.length ? sections : [c.dim('  none')]));

  const list = (label: string, type: Actor['type']) => {
    const actors = article.actors.filter((a) => a.type === type);
    if (actors.length === 0) return;
    heading(label);
    out.push(...actors.map((a) => actorLine(a, c)));
  };
  list('People', 'person');
  list('Organisations', 'organization');
  list('Groups', 'group');
  list('Places', 'place');
  list('Other names', 'misc');

  heading('Timeline');
  const timeline = timelineLines(article, c);
  out.push(...(timeline.length ? timeline.map((l) => `  ${l}`) : [c.dim('  no dated events')]));

  if (article.diagnostics.length) {
    heading('Diagnostics');
    out.push(...article.diagnostics.map((d) => diagnosticLine(d, c)));
  }
  return `${out.join('\n')}\n`;
}
