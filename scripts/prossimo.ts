import { X } from '@prossimo/contracts'; console.log(X);
