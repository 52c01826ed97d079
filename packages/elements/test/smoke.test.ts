import { expect } from '@open-wc/testing';
import { version } from '../src/index.js';

describe('package', () => {
  it('exports a version', () => {
    expect(version).to.match(/^\d+\.\d+\.\d+/);
  });
});
