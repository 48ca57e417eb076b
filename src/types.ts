/**
 * The output contract, written once as TypeBox schemas: the TypeScript types
 * are derived from them (`Static<>`) and `extract schema` prints them, so the
 * two cannot drift. See ../shared/docs/output-contract.md for the fixed part.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { SCHEMA_VERSION } from './schema-version.js';

export { SCHEMA_VERSION };

const Nullable = <T extends TSchema>(schema: T, options?: { description: string }) => Type.Union([schema, Type.Null()], options);

/** A unist point: line and column 1-based, offset 0-based in UTF-16 code units (BOM not counted). */
export const PointSchema = Type.Object(
  {
    line: Type.Integer({ minimum: 1 }),
    column: Type.Integer({ minimum: 1 }),
    offset: Type.Integer({ minimum: 0 }),
  },
  { $id: 'Point', additionalProperties: false },
);
export type Point = Static<typeof PointSchema>;

/** A unist position; `end` is exclusive. */
export const SpanSchema = Type.Object(
  { start: PointSchema, end: PointSchema },
  { $id: 'Span', additionalProperties: false, description: 'unist Position; end exclusive' },
);
export type Span = Static<typeof SpanSchema>;

export const SentenceSchema = Type.Object(
  { text: Type.String(), span: SpanSchema },
  { $id: 'Sentence', additionalProperties: false },
);
export type Sentence = Static<typeof SentenceSchema>;

export const ParagraphSchema = Type.Object(
  {
    id: Type.String({ description: 'p1, p2, … in document order' }),
    kind: Type.Union([Type.Literal('paragraph'), Type.Literal('listItem'), Type.Literal('blockquote'), Type.Literal('tableCell')], {
      description: 'the Markdown construct the text comes from',
    }),
    text: Type.String({ description: 'the text with inline markup removed' }),
    span: SpanSchema,
    sentences: Type.Array(SentenceSchema),
  },
  { $id: 'Paragraph', additionalProperties: false },
);
export type Paragraph = Static<typeof ParagraphSchema>;

export const SectionSchema = Type.Recursive(
  (This) =>
    Type.Object(
      {
        id: Type.String({ description: 'GitHub-style slug of the heading, unique in the file; "preamble" for depth 0' }),
        depth: Type.Integer({ minimum: 0, maximum: 6 }),
        title: Nullable(Type.String()),
        span: SpanSchema,
        paragraphs: Type.Array(ParagraphSchema),
        sections: Type.Array(This),
      },
      { additionalProperties: false },
    ),
  { $id: 'Section' },
);
export type Section = Static<typeof SectionSchema>;

export const ActorTypeSchema = Type.Union([
  Type.Literal('person'),
  Type.Literal('organization'),
  Type.Literal('place'),
  Type.Literal('group'),
  Type.Literal('misc'),
]);
export type ActorType = Static<typeof ActorTypeSchema>;

export const MentionSchema = Type.Object(
  {
    text: Type.String(),
    span: SpanSchema,
    section: Type.String({ description: 'id of the Section the mention is in' }),
  },
  { $id: 'Mention', additionalProperties: false },
);
export type Mention = Static<typeof MentionSchema>;

export const ActorSchema = Type.Object(
  {
    id: Type.String({ description: 'slug of the canonical name' }),
    type: ActorTypeSchema,
    kind: Type.Optional(Type.String({ description: 'with type misc: event | work | law | product | astronomical …' })),
    name: Type.String({ description: 'canonical name: the fullest form in the text' }),
    aliases: Type.Array(Type.String()),
    roles: Type.Array(Type.String()),
    country: Type.Optional(Nullable(Type.String({ description: 'ISO 3166-1 alpha-2 code of the affiliation the text gives' }))),
    externalIds: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'ids pinned by a user gazetteer' })),
    mentions: Type.Array(MentionSchema),
  },
  { $id: 'Actor', additionalProperties: false },
);
export type Actor = Static<typeof ActorSchema>;

export const TimexTypeSchema = Type.Union([Type.Literal('DATE'), Type.Literal('TIME'), Type.Literal('DURATION'), Type.Literal('SET')]);
export type TimexType = Static<typeof TimexTypeSchema>;

/** TIMEX3 `mod` values (TimeML). */
export const TimexModSchema = Type.Union([
  Type.Literal('START'),
  Type.Literal('MID'),
  Type.Literal('END'),
  Type.Literal('APPROX'),
  Type.Literal('BEFORE'),
  Type.Literal('AFTER'),
  Type.Literal('ON_OR_BEFORE'),
  Type.Literal('ON_OR_AFTER'),
  Type.Literal('LESS_THAN'),
  Type.Literal('MORE_THAN'),
  Type.Literal('EQUAL_OR_LESS'),
  Type.Literal('EQUAL_OR_MORE'),
]);
export type TimexModValue = Static<typeof TimexModSchema>;

/** Parts of a date's value that the text does not state. */
export const InferredPartSchema = Type.Union([Type.Literal('year'), Type.Literal('month'), Type.Literal('day')]);
export type InferredPart = Static<typeof InferredPartSchema>;

export const DateMentionSchema = Type.Object(
  {
    id: Type.String({ description: 'd1, d2, … in document order; an implicit date right after the duration it ends' }),
    text: Type.String({ description: 'as written; "" for an implicit date' }),
    span: Nullable(SpanSchema, { description: 'null for an implicit date, which the text does not write' }),
    type: TimexTypeSchema,
    value: Type.String({ description: 'TIMEX3 value' }),
    mod: Nullable(TimexModSchema),
    anchor: Nullable(Type.String({ description: 'id of the date this one was resolved from; for an implicit date, the duration it ends' })),
    resolved: Type.Optional(Type.String({ description: 'calendar value a duration points at ("il y a deux ans")' })),
    quant: Type.Optional(Type.String({ description: 'for SET: EVERY …' })),
    inferred: Type.Optional(Type.Array(InferredPartSchema, { description: 'parts of the value not stated in the text' })),
    implicit: Type.Optional(
      Type.Literal(true, {
        description:
          'an end the text leaves unwritten (TimeML non-consuming TIMEX3) of a duration over whole units next to the reference date ("les deux derniers mois"): text "", span null, anchor the duration; an Interval joins the two ends',
      }),
    ),
    section: Type.Optional(Type.String()),
  },
  { $id: 'DateMention', additionalProperties: false },
);
export type DateMention = Static<typeof DateMentionSchema>;

export const IntervalSchema = Type.Object(
  {
    id: Type.String({ description: 'i1, i2, … in document order' }),
    text: Type.String({ description: 'the whole range as written, prepositions included ("du 13 au 15 juillet", "depuis 2019", "les deux derniers mois")' }),
    span: SpanSchema,
    start: Nullable(Type.String({ description: 'id of the DateMention of the start; null for an open start' })),
    end: Nullable(Type.String({ description: 'id of the DateMention of the end; null for an open end' })),
    value: Type.String({ description: 'ISO 8601 interval of the two values, ".." for an open end: "2013-07-13/2013-07-15", "../2024-05-03"' }),
  },
  { $id: 'Interval', additionalProperties: false },
);
export type Interval = Static<typeof IntervalSchema>;

export const EventStatusSchema = Type.Union([Type.Literal('occurred'), Type.Literal('planned'), Type.Literal('reported')]);
export type EventStatus = Static<typeof EventStatusSchema>;

export const EventSchema = Type.Object(
  {
    id: Type.String({ description: 'e1, e2, … in document order' }),
    date: Type.String({ description: 'id of a DateMention' }),
    interval: Type.Optional(Type.String({ description: 'id of the Interval the event spans ("président de 1992 à 1993")' })),
    value: Type.String({ description: "the date's value, or the interval's when the event spans one" }),
    mod: Nullable(TimexModSchema),
    trigger: Type.String({ description: 'the word or phrase naming what happened' }),
    status: Type.Optional(EventStatusSchema),
    sentence: Type.String(),
    actors: Type.Array(Type.String({ description: 'actor id' })),
    places: Type.Array(Type.String({ description: 'actor id' })),
    section: Type.String(),
    span: SpanSchema,
    anchoredTo: Type.Optional(Type.String({ description: 'id of the event whose date this one takes' })),
    group: Type.Optional(Type.String({ description: 'events told more than once share a group id' })),
    numbers: Type.Optional(Type.Array(Type.Object({ value: Type.Number(), what: Type.String(), text: Type.String() }, { additionalProperties: false }))),
  },
  { $id: 'Event', additionalProperties: false },
);
export type Event = Static<typeof EventSchema>;

export const SeveritySchema = Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]);
export type Severity = Static<typeof SeveritySchema>;

export const DiagnosticSchema = Type.Object(
  {
    ruleId: Type.String(),
    severity: SeveritySchema,
    message: Type.String(),
    span: Nullable(SpanSchema),
    related: Type.Optional(Type.Array(Type.Object({ message: Type.String(), span: SpanSchema }, { additionalProperties: false }))),
  },
  { $id: 'Diagnostic', additionalProperties: false },
);
export type Diagnostic = Static<typeof DiagnosticSchema>;

export const ReferenceDateSchema = Type.Object(
  {
    value: Nullable(Type.String({ description: 'YYYY-MM-DD, optionally with THH:MM[:SS]' })),
    source: Type.Union([Type.Literal('option'), Type.Literal('frontmatter'), Type.Literal('none')]),
  },
  { $id: 'ReferenceDate', additionalProperties: false },
);
export type ReferenceDate = Static<typeof ReferenceDateSchema>;

export const ArticleSchema = Type.Object(
  {
    schemaVersion: Type.Literal(SCHEMA_VERSION),
    extractor: Type.Optional(
      Type.Object({ name: Type.String(), version: Type.String() }, { additionalProperties: false, description: 'the tool and version that wrote the record (the CLI sets it)' }),
    ),
    file: Type.String({ description: 'the path as given; "-" for standard input' }),
    lang: Type.String(),
    referenceDate: ReferenceDateSchema,
    title: Nullable(Type.String()),
    frontMatter: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    sections: Type.Array(SectionSchema),
    actors: Type.Array(ActorSchema),
    dates: Type.Array(DateMentionSchema),
    intervals: Type.Array(IntervalSchema),
    events: Type.Array(EventSchema),
    diagnostics: Type.Array(DiagnosticSchema),
  },
  { $id: 'Article', additionalProperties: false },
);
export type Article = Static<typeof ArticleSchema>;
