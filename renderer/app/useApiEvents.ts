import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api';

/** Host events (menu actions, undo from the menu, a file opened elsewhere) refresh what the page shows. */
export function useApiEvents(): void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  useEffect(() => {
    const offs = [
      api.on('history.changed', () => void queryClient.invalidateQueries()),
      api.on('file.switched', () => void queryClient.invalidateQueries()),
      api.on('menu.navigated', ({ route }) => void navigate(route)),
    ];
    return () => offs.forEach((off) => off());
  }, [queryClient, navigate]);
}
