import { describe, expect, it } from 'vitest';
import type { LinkSourceDocument } from '../../store/store.js';
import { documentFeatures } from './document-features.js';

const source = (body: string, parent: string | null = null): LinkSourceDocument => ({
  seq: 1,
  id: 'doc_1',
  externalId: 'p1',
  authorAccountId: 'acc_1',
  publishedAt: '2025-01-01T00:00:00Z',
  threadKey: null,
  parentExternalId: parent,
  forwardedFrom: null,
  imageHashes: [],
  body,
  label: 'sale',
  identifiers: [
    { id: 'idf_old', type: 'telegram', value: 'shop_old' },
    { id: 'idf_bot', type: 'telegram', value: 'shop_bot' },
  ],
});

describe('documentFeatures', () => {
  it('leaves out a contact the post disowns and keeps the ones it offers', () => {
    const f = documentFeatures(source('Старый аккаунт @shop_old заблокирован, теперь мы здесь! Бот: @shop_bot'));
    expect(f.identifiers.map((i) => i.id)).toEqual(['idf_bot']);
    expect(f.warning).toBe(false);
  });

  it('marks a top-level post warning against a contact it names, and a warning reply', () => {
    expect(documentFeatures(source('@shop_old — это наркошоп, не ведитесь')).warning).toBe(true);
    expect(documentFeatures(source('Это закладки, не ведитесь', 'p0')).warning).toBe(true);
    expect(documentFeatures(source('Это закладки, не ведитесь')).warning).toBe(false);
    expect(documentFeatures(source('Меню обновлено, бот @shop_bot')).warning).toBe(false);
  });
});
