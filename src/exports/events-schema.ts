/**
 * The JSON Schema of /events.json (served at /events.schema.json). The event kinds come from
 * the kinds table, so a new kind is valid in the export as soon as it is in the table.
 */
import { KINDS } from '../pipeline/events/kinds.ts';
import { LIFECYCLE_STAGES } from '../pipeline/merge/lifecycle.ts';

export function eventsSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Dateline events',
    description:
      'The public list of timeline events (/events.json). Deterministic: the same content gives the same bytes. Fields may be added within a version; a field changing meaning or disappearing bumps "version".',
    type: 'object',
    required: ['version', 'events'],
    additionalProperties: false,
    properties: {
      $schema: {
        type: 'string',
        format: 'uri',
      },
      version: {
        const: 1,
      },
      events: {
        description: 'In chronological order: by first day, then last day, then id.',
        type: 'array',
        items: {
          $ref: '#/definitions/event',
        },
      },
    },
    definitions: {
      isoDay: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      },
      entity: {
        type: 'object',
        required: ['id', 'name'],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
        },
      },
      entities: {
        type: 'array',
        items: {
          $ref: '#/definitions/entity',
        },
      },
      roles: {
        description: 'Who took which part: sides, brokers or hosts, people present, people only spoken of. Absent for an event an editor added without saying.',
        type: 'object',
        required: ['parties', 'mediators', 'present', 'mentioned'],
        additionalProperties: false,
        properties: {
          parties: { $ref: '#/definitions/entities' },
          mediators: { $ref: '#/definitions/entities' },
          present: { $ref: '#/definitions/entities' },
          mentioned: { $ref: '#/definitions/entities' },
        },
      },
      event: {
        type: 'object',
        required: ['id', 'url', 'title', 'summary', 'kind', 'status', 'tier', 'date', 'participants', 'place', 'sources', 'disagreements', 'aliases', 'lifecycle', 'statusAsOf'],
        additionalProperties: false,
        properties: {
          id: {
            description: 'Stable slug; the event page is at url.',
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9-]*$',
          },
          url: {
            type: 'string',
            format: 'uri',
          },
          title: {
            type: 'string',
          },
          summary: {
            description: 'One sentence from the most direct report, with who says so.',
            type: 'string',
          },
          kind: {
            enum: [...KINDS],
          },
          status: {
            enum: ['occurred', 'planned'],
          },
          tier: {
            description: 'key events make the main timeline; context events give background.',
            enum: ['key', 'context'],
          },
          date: {
            type: 'object',
            required: ['value', 'start', 'end', 'precision', 'text'],
            additionalProperties: false,
            properties: {
              value: {
                description: 'ISO 8601 / EDTF, e.g. 2026-02-25, 2026-W09, 2026-03~, 2026-02-17/2026-02-18.',
                type: 'string',
              },
              start: {
                description: 'First day covered, inclusive.',
                $ref: '#/definitions/isoDay',
              },
              end: {
                description: 'Last day covered, inclusive.',
                $ref: '#/definitions/isoDay',
              },
              precision: {
                enum: ['day', 'week', 'month', 'year', 'span'],
              },
              qualifier: {
                description: 'How the reports qualify the date: early, mid, late, around …',
                type: 'string',
              },
              text: {
                description: 'The date as a reader sees it, e.g. "early March 2026".',
                type: 'string',
              },
            },
          },
          participants: {
            type: 'array',
            items: {
              $ref: '#/definitions/entity',
            },
          },
          roles: {
            $ref: '#/definitions/roles',
          },
          place: {
            oneOf: [
              {
                $ref: '#/definitions/entity',
              },
              {
                type: 'null',
              },
            ],
          },
          sources: {
            description: 'The most direct report first; in each, its best sentence first, then the rest in article order.',
            type: 'array',
            items: {
              type: 'object',
              required: ['article', 'title', 'outlet', 'published', 'url', 'quotes'],
              additionalProperties: false,
              properties: {
                article: {
                  description: 'Article id; its page is at <site>/articles/<article>/.',
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
                outlet: {
                  type: 'string',
                },
                published: {
                  description: 'ISO date or date-time with offset, as published.',
                  type: 'string',
                },
                url: {
                  description: 'The original article, when known.',
                  type: ['string', 'null'],
                },
                quotes: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['text', 'start', 'end'],
                    additionalProperties: false,
                    properties: {
                      text: {
                        description: 'The sentence exactly as in the article body.',
                        type: 'string',
                      },
                      start: {
                        description: 'Offset into the article body (UTF-16 code units).',
                        type: 'integer',
                        minimum: 0,
                      },
                      end: {
                        description: 'Offset, exclusive.',
                        type: 'integer',
                        minimum: 0,
                      },
                    },
                  },
                },
              },
            },
          },
          disagreements: {
            description: 'Where the sources disagree, field by field.',
            type: 'array',
            items: {
              type: 'object',
              required: ['field', 'claims'],
              additionalProperties: false,
              properties: {
                field: {
                  enum: ['date', 'participants', 'duration', 'place', 'status'],
                },
                claims: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['article', 'value'],
                    additionalProperties: false,
                    properties: {
                      article: {
                        type: 'string',
                      },
                      value: {
                        type: 'string',
                      },
                    },
                  },
                },
              },
            },
          },
          aliases: {
            description: 'Earlier ids of this event; their pages redirect to url.',
            type: 'array',
            items: {
              type: 'string',
            },
          },
          corrections: {
            description: 'Fields the editors set by hand (content/corrections.yaml) in place of what the sources gave, each with the value set and, when given, why.',
            type: 'array',
            items: {
              type: 'object',
              required: ['field', 'value'],
              additionalProperties: false,
              properties: {
                field: { enum: ['title', 'date', 'kind', 'status', 'tier', 'participants', 'place'] },
                value: { description: 'As written in the correction: text (a date in EDTF), a list of ids, or null.', oneOf: [{ type: 'string' }, { type: 'null' }, { type: 'array', items: { type: 'string' } }] },
                reason: { type: 'string' },
              },
            },
          },
          lifecycle: {
            description: "What each article said of the event's fate, oldest report first.",
            type: 'array',
            items: {
              type: 'object',
              required: ['stage', 'reported', 'article', 'date'],
              additionalProperties: false,
              properties: {
                stage: { enum: [...LIFECYCLE_STAGES] },
                reported: { description: 'Publication day of the report that says so.', $ref: '#/definitions/isoDay' },
                article: { type: 'string' },
                date: { description: "The event's date as this report gives it (EDTF).", type: 'string' },
                from: { description: 'For rescheduled: the date it had been due on (EDTF).', type: 'string' },
              },
            },
          },
          statusAsOf: {
            description: "The status and the latest report it stands on; the site's present is its latest article.",
            type: 'object',
            required: ['stage', 'asOf', 'article', 'overdue', 'text'],
            additionalProperties: false,
            properties: {
              stage: { enum: [...LIFECYCLE_STAGES] },
              asOf: { $ref: '#/definitions/isoDay' },
              article: { type: 'string' },
              overdue: { description: 'A plan whose day has passed with no later report.', type: 'boolean' },
              text: { description: 'e.g. "planned; no report since 26 February 2026"', type: 'string' },
            },
          },
        },
      },
    },
  };
}
