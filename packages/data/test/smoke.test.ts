import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataset } from '../src/index.js';

test('dataset has a lastUpdated date', () => {
  assert.match(dataset.lastUpdated, /^\d{4}-\d{2}-\d{2}$/);
});
