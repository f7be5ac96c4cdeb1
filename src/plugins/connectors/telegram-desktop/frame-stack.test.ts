import { describe, expect, it } from 'vitest';
import { FrameStack, type PathSegment } from './frame-stack.js';

const messages = (path: readonly PathSegment[]) => path.length === 1 && path[0] === 'messages';

describe('FrameStack', () => {
  it('collects the scalars before a target array as its header', () => {
    const stack = new FrameStack(messages, null);
    expect(stack.startValue()).toBeNull();
    stack.openObject();
    stack.setKey('id');
    expect(stack.colon()).toBeNull();
    expect(stack.startValue()).toBeNull();
    stack.valueDone(5);
    expect(stack.comma()).toBeNull();
    stack.setKey('messages');
    stack.colon();
    stack.startValue();
    stack.openArray();
    expect(stack.awaitsTargetElement).toBe(true);
    expect(stack.finishElement()).toEqual({
      arrayPath: ['messages'],
      index: 0,
      header: { id: 5 },
      nextPath: ['messages', 1],
    });
    expect(stack.close('array')).toBeNull();
    expect(stack.close('object')).toBeNull();
    expect(stack.isComplete).toBe(true);
  });

  it('restores the position inside a target array from a snapshot', () => {
    const stack = new FrameStack(messages, { offset: 10, line: 2, path: ['messages', 3], header: { id: 1 } });
    expect(stack.awaitsTargetElement).toBe(false);
    expect(stack.comma()).toBeNull();
    expect(stack.awaitsTargetElement).toBe(true);
    expect(stack.finishElement()).toMatchObject({ index: 3, header: { id: 1 } });
  });

  it('says why a byte is not allowed', () => {
    const stack = new FrameStack(messages, null);
    expect(stack.close('object')).toBe('unexpected }');
    expect(stack.colon()).toBe('unexpected :');
    expect(stack.comma()).toBe('unexpected ,');
    stack.startValue();
    stack.openObject();
    expect(stack.startValue()).toBe('a value appears where JSON does not allow one');
    expect(stack.close('array')).toBe('unexpected ]');
  });
});
