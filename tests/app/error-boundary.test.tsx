// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/components/ErrorBoundary';

afterEach(cleanup);

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('view broke');
  return <p>recovered</p>;
}

describe('ErrorBoundary', () => {
  it('shows a fallback for the failing part only, and can mount it again', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container, getByText } = render(
      <>
        <ErrorBoundary name="fragile" fallback={(retry) => <button onClick={retry}>retry</button>}>
          <Fragile />
        </ErrorBoundary>
        <p>still here</p>
      </>,
    );
    expect(container.querySelector('[data-view-error="fragile"]')).not.toBeNull();
    expect(getByText('still here')).toBeTruthy();
    shouldThrow = false;
    fireEvent.click(getByText('retry'));
    expect(getByText('recovered')).toBeTruthy();
    quiet.mockRestore();
  });
});
