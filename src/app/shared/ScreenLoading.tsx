/** Shown for the moment a screen's code is being fetched. */
export function ScreenLoading() {
  return (
    <div className="screen-loading" role="status">
      Loading…
    </div>
  );
}
