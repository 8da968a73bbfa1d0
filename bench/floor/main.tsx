// The bench's floor: what a sign-in form costs with the app's framework and nothing else
// (React, React Router in declarative mode as the app uses it, TanStack Query). `npm run bench` builds and measures it
// beside the app; the app's targets are ratios to this page.
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { StrictMode, useId, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router';

const queryClient = new QueryClient();
// Signed out: the answer is known without a request, as in the app.
const session = { queryKey: ['session'], queryFn: () => null, initialData: null };

function SignIn() {
  const emailId = useId();
  const passwordId = useId();
  const signIn = useMutation({ mutationFn: async (form: FormData) => form.get('email') });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate(new FormData(event.currentTarget));
  };
  return (
    <main>
      <h1>Sign in</h1>
      <form onSubmit={onSubmit}>
        <label htmlFor={emailId}>Email</label>
        <input id={emailId} name="email" type="email" autoComplete="username" />
        <label htmlFor={passwordId}>Password</label>
        <input id={passwordId} name="password" type="password" autoComplete="current-password" />
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}

function RequireSession() {
  const { data } = useQuery(session);
  return data ? <Outlet /> : <Navigate to="/sign-in" replace />;
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignIn />} />
            <Route element={<RequireSession />}>
              <Route index element={<p>Console</p>} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
