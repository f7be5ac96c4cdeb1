import { describe, expect, it } from 'vitest';
import { type Cue, type CueCategory, decide } from './decide.js';

let position = 0;
const ruleIds = new Map<string, number>();
function cue(category: CueCategory, term: string, weight = 1, requiresContext = false): Cue {
  position += 10;
  const rule = `${category}:${term}`;
  const ruleId = ruleIds.get(rule) ?? ruleIds.size;
  ruleIds.set(rule, ruleId);
  return { start: position, end: position + 5, rule, ruleId, category, weight, requiresContext };
}

describe('decide', () => {
  it('ignores everyday words without an unambiguous drug term', () => {
    const salt = [cue('substance', 'соль', 0.7, true), cue('commerce', 'цена', 0.4), cue('contact', 'phone', 0.6)];
    expect(decide(salt).label).toBe('none');
    expect(decide([...salt, cue('delivery', 'прикоп')]).label).toBe('sale');
  });

  it('needs a trade cue for sale and calls drug talk without one a mention', () => {
    expect(decide([cue('substance', 'меф')]).label).toBe('mention');
    expect(decide([cue('substance', 'меф'), cue('commerce', 'продам', 0.6), cue('payment', 'usdt', 0.7)]).label).toBe(
      'sale',
    );
  });

  it('needs drug or stash context for recruitment', () => {
    const job = [cue('recruitment', 'требуется', 0.8), cue('recruitment', 'зарплата', 0.8)];
    expect(decide(job).label).toBe('none');
    expect(decide([...job, cue('delivery', 'закладк*')]).label).toBe('recruitment');
  });

  it('lets news context turn trade into a mention', () => {
    const shop = [cue('substance', 'меф'), cue('commerce', 'продам', 0.6), cue('payment', 'usdt', 0.7)];
    const news = decide([...shop, cue('news_context', 'задержали')]);
    expect(news.label).toBe('mention');
    expect(news.evidence.map((e) => e.rule)).toContain('news_context:задержали');
  });

  it('lets a benign reading cancel a drug word', () => {
    expect(
      decide([cue('substance', 'наркот*'), cue('negation', 'лечение наркомании'), cue('contact', 'phone', 0.6)]).label,
    ).toBe('none');
  });

  it('counts a repeated rule once', () => {
    const once = decide([cue('substance', 'меф'), cue('commerce', 'цена', 0.4)]);
    const many = decide([
      cue('substance', 'меф'),
      cue('commerce', 'цена', 0.4),
      cue('commerce', 'цена', 0.4),
      cue('commerce', 'цена', 0.4),
    ]);
    expect(many.label).toBe(once.label);
    expect(many.score).toBe(once.score);
  });
});
