// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CompanyComparisonView } from '../../src/app/views/CompanyComparisonView';
import { CooccurrenceView } from '../../src/app/views/CooccurrenceView';
import { RoundDistributionView } from '../../src/app/views/RoundDistributionView';
import { TopicFrequencyView } from '../../src/app/views/TopicFrequencyView';
import { post } from '../analysis/fixtures/questions';
import { contractTaxonomy } from '../analysis/fixtures/taxonomy';
import { viewProps } from './render-helpers';

const questions = [
  ...post('p1', [['grpo', 'rag'], ['rlvr-reasoning'], ['attention']], { company: 'bytedance', round: '1' }),
  ...post('p2', [['speculative-decoding'], ['rag']], { company: 'alibaba', round: '2' }),
];

afterEach(cleanup);

describe('the four chart views on the project taxonomy', () => {
  it.each([
    ['topic-frequency', TopicFrequencyView],
    ['round-distribution', RoundDistributionView],
    ['cooccurrence', CooccurrenceView],
    ['company-comparison', CompanyComparisonView],
  ] as const)('renders %s with its data-view root and focusable marks', (name, View) => {
    const { container } = render(<View {...viewProps(questions)} />);
    const root = container.firstElementChild;
    expect(root?.getAttribute('data-view')).toBe(name);
    expect(container.querySelectorAll('[role="button"][tabindex="0"]').length).toBeGreaterThan(0);
  });

  it('rolls finer topics up to their contract topic', () => {
    const { container } = render(<TopicFrequencyView {...viewProps(questions)} />);
    expect(container.querySelector('[data-topic="grpo"]')).toBeNull();
    expect(container.querySelector('[data-topic="rlvr-reasoning"]')?.getAttribute('aria-label')).toContain(
      'Questions: 2 of 5',
    );
    expect(container.querySelector('[data-topic="serving"]')).not.toBeNull();
  });

  it('knows every contract topic and area under the same area', async () => {
    const { chartTopicSpace } = await import('../../src/app/views/chart-topic-space');
    for (const topic of contractTaxonomy.topics) {
      const code = chartTopicSpace.codeOfTopic.get(topic.id);
      expect(code, topic.id).toBeDefined();
      expect(chartTopicSpace.topics[code!]?.area).toBe(topic.area);
    }
  });
});
