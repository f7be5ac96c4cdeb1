import { describe, expect, it } from 'vitest';
import { entityLinks, flattenText, messageBody } from './message-text.js';

describe('flattenText', () => {
  it('joins strings and entity texts', () => {
    expect(flattenText(['Pak ', { type: 'code', text: 'read committed' }, ' => ?'])).toBe('Pak read committed => ?');
    expect(flattenText('plain')).toBe('plain');
    expect(flattenText(undefined)).toBe('');
    expect(flattenText([{ type: 'bold' }, 3])).toBe('');
  });
});

describe('entityLinks', () => {
  it('collects link texts and text_link hrefs', () => {
    const message = {
      text: [
        { type: 'link', text: 'https://a.example' },
        ' and ',
        { type: 'text_link', text: 'here', href: 'https://b.example/x' },
        { type: 'mention', text: '@shop' },
      ],
    };
    expect(entityLinks(message)).toEqual(['https://a.example', 'https://b.example/x']);
  });

  it('prefers text_entities when the export has them', () => {
    const message = { text: 'https://a.example', text_entities: [{ type: 'link', text: 'https://a.example' }] };
    expect(entityLinks(message)).toEqual(['https://a.example']);
  });
});

describe('messageBody', () => {
  it('uses the text when there is one', () => {
    expect(messageBody({ text: 'hi', sticker_emoji: '✨' })).toBe('hi');
  });

  it.each([
    [{ text: '', poll: { question: 'Q?', answers: [{ text: '1g' }, { text: '2g' }] } }, 'Q?\n1g\n2g'],
    [{ text: '', media_type: 'sticker', sticker_emoji: '✨', file: 'stickers/s.webp' }, '✨'],
    [{ text: '', file: 'files/прайс.pdf', mime_type: 'application/pdf' }, 'прайс.pdf'],
    [
      { text: '', file_name: 'price.xlsx', file: '(File not included. Change data exporting settings to download.)' },
      'price.xlsx',
    ],
    [{ text: '', file: '(File not included. Change data exporting settings to download.)' }, ''],
    [{ text: '', media_type: 'animation', file: 'video_files/cat.mp4' }, ''],
    [
      { text: '', contact_information: { first_name: 'Ali', last_name: '', phone_number: '+7 700 000 00 00' } },
      'Ali +7 700 000 00 00',
    ],
    [{ text: '', place_name: 'Cafe', address: 'Main st 1' }, 'Cafe, Main st 1'],
    [{ type: 'unsupported' }, ''],
  ])('falls back for %j', (message, body) => {
    expect(messageBody(message)).toBe(body);
  });
});
