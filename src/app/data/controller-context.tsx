import { createContext, useContext, type ReactNode } from 'react';
import type { DatasetController } from './dataset-controller';

const ControllerContext = createContext<DatasetController | undefined>(undefined);

export function DatasetControllerProvider({ controller, children }: { controller: DatasetController; children: ReactNode }) {
  return <ControllerContext.Provider value={controller}>{children}</ControllerContext.Provider>;
}

export function useDatasetController(): DatasetController {
  const controller = useContext(ControllerContext);
  if (controller === undefined) throw new Error('useDatasetController() needs a <DatasetControllerProvider>');
  return controller;
}
