import { ObjectType } from "type-graphql";
import { ConnectionType } from "../../shared/graphql/connection";
import { Company } from "./company.entity";
import { Cached, CATALOGUE_MAX_AGE } from "../../shared/graphql/cache-hints";

@Cached(CATALOGUE_MAX_AGE)
@ObjectType({ simpleResolvers: true })
export class CompanyConnection extends ConnectionType(Company) {}
