/** The app: the sign-in page until a user signs in, then the workbench. */
import { useStore } from './state/store';
import { WorkbenchContext, type Workbench } from './state/workbench';
import { SignInView } from './views/SignInView';
import { WorkbenchView } from './views/WorkbenchView';

export function App({ workbench }: { workbench: Workbench }) {
  const session = useStore(workbench.session, (s) => s.session);
  return (
    <WorkbenchContext.Provider value={workbench}>
      {session ? <WorkbenchView /> : <SignInView />}
    </WorkbenchContext.Provider>
  );
}
