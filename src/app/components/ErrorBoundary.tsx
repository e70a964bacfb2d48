/**
 * Catches a failing view so the rest of the page keeps working; the fallback says which view
 * failed and offers to mount it again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** Identifies the guarded part in the fallback (`data-view-error`). */
  name: string;
  fallback: (retry: () => void, error: Error) => ReactNode;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | undefined;
  attempt: number;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`View "${this.props.name}" failed`, error, info.componentStack);
  }

  private readonly retry = (): void => {
    this.setState((state) => ({ error: undefined, attempt: state.attempt + 1 }));
  };

  override render(): ReactNode {
    if (this.state.error !== undefined) {
      return (
        <div role="alert" className="view-error" data-view-error={this.props.name}>
          {this.props.fallback(this.retry, this.state.error)}
        </div>
      );
    }
    // A new key after retry remounts the children from scratch.
    return <ErrorBoundaryChildren key={this.state.attempt}>{this.props.children}</ErrorBoundaryChildren>;
  }
}

function ErrorBoundaryChildren({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
