type NavigationLike = EventTarget;

/**
 * Calls `onNavigate` when a single-page app changes the URL (history.pushState/replaceState, back and forward,
 * hash changes). Uses the Navigation API where the browser has it; `popstate`/`hashchange` otherwise, with the
 * mutation batches checking the URL as well (pushState fires no event without the Navigation API).
 */
export const watchNavigation = (view: Window, onNavigate: () => void): (() => void) => {
  const navigation = (view as Window & { navigation?: NavigationLike }).navigation;
  const onEvent = (): void => onNavigate();
  navigation?.addEventListener("currententrychange", onEvent);
  view.addEventListener("popstate", onEvent);
  view.addEventListener("hashchange", onEvent);
  return () => {
    navigation?.removeEventListener("currententrychange", onEvent);
    view.removeEventListener("popstate", onEvent);
    view.removeEventListener("hashchange", onEvent);
  };
};
