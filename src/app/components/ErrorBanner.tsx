export function ErrorBanner({ message }: { message: string }) {
  return (
    <div role="alert" className="error" data-testid="error">
      {message}
    </div>
  );
}
