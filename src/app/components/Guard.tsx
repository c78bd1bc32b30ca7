/**
 * An error boundary around one part of the page: if that part throws while rendering, it says so in its
 * place (with the error, and a button to try again) and the rest of the page keeps working, instead of
 * React unmounting the whole page.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/t';

interface Props {
  /** The part's name, for the test id and the console. */
  name: string;
  children: ReactNode;
}

export class Guard extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`the ${this.props.name} part of the page failed`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <PartFailed name={this.props.name} error={error} retry={() => this.setState({ error: null })} />;
  }
}

function PartFailed({ name, error, retry }: { name: string; error: Error; retry: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="error" data-testid={`part-failed-${name}`}>
      {t('faults.partPage', {
        error: error.message.slice(0, 200),
      })}{' '}
      <button type="button" onClick={retry}>
        {t('faults.tryAgain')}
      </button>
    </div>
  );
}
